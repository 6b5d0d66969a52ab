import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsString, Length, Matches } from 'class-validator';
import { type ApiKeyPurpose, apiKeyPurposes, type Role, roles } from '../access/roles.js';
import type { ApiKeyEntity } from './api-key.entity.js';
import type { RoleGrantEntity } from './role-grant.entity.js';
import type { UserEntity } from './user.entity.js';
import { Optional } from '../http/validation.decorators.js';
import { IsUnitRef, UNIT_REF_DESCRIPTION } from '../http/unit-ref.js';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @Length(1, 100)
  username!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  password!: string;
}

export class CreateUserDto {
  @ApiProperty({ example: 'bientap.hanhduc' })
  @Matches(/^[a-zA-Z0-9._-]{3,100}$/)
  username!: string;

  @ApiProperty({ example: 'Nguyễn Văn A' })
  @IsString()
  @Length(1, 200)
  displayName!: string;

  @ApiPropertyOptional()
  @Optional()
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ description: 'Bỏ trống để hệ thống sinh mật khẩu (trả về một lần)' })
  @Optional()
  @IsString()
  @Length(10, 200)
  password?: string;

  @ApiProperty({ description: UNIT_REF_DESCRIPTION })
  @IsUnitRef()
  unitId!: string;

  @ApiProperty({ enum: roles })
  @IsIn(roles as unknown as string[])
  role!: Role;
}

export class GrantDto {
  @ApiProperty({ description: UNIT_REF_DESCRIPTION })
  @IsUnitRef()
  unitId!: string;

  @ApiProperty({ enum: roles })
  @IsIn(roles as unknown as string[])
  role!: Role;
}

export class CreateApiKeyDto {
  @ApiProperty({ description: UNIT_REF_DESCRIPTION })
  @IsUnitRef()
  unitId!: string;

  @ApiProperty({ enum: apiKeyPurposes })
  @IsIn(apiKeyPurposes as unknown as string[])
  purpose!: ApiKeyPurpose;

  @ApiProperty({ example: 'Đồng bộ lịch cổng TTĐT' })
  @IsString()
  @Length(1, 100)
  name!: string;
}

export class UpdateUserDto {
  @ApiProperty({ description: 'false: khóa tài khoản (không đăng nhập được, phiên đang mở bị dừng); true: mở khóa' })
  @IsBoolean()
  active!: boolean;
}

export class GrantView {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String, description: 'null: quản trị hệ thống (mọi đơn vị)' }) unitId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Tên đơn vị của vai trò; null với quản trị hệ thống' })
  unitName!: string | null;
  @ApiProperty({ enum: roles }) role!: Role;
  static of(g: RoleGrantEntity & { unitName?: string | null }): GrantView {
    return { id: g.id, unitId: g.unitId, unitName: g.unitName ?? null, role: g.role };
  }
}

export class UserView {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty() unitId!: string;
  @ApiProperty() active!: boolean;
  @ApiPropertyOptional({
    type: [GrantView],
    description: 'Các vai trò theo đơn vị mà người gọi được xem (có trong danh sách, một người dùng và khi khóa/mở khóa)',
  })
  grants?: GrantView[];
  static of(u: UserEntity, grants?: (RoleGrantEntity & { unitName?: string | null })[]): UserView {
    return {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      email: u.email,
      unitId: u.unitId,
      active: u.active,
      ...(grants ? { grants: grants.map(GrantView.of) } : {}),
    };
  }
}

export class CreatedUserView extends UserView {
  @ApiPropertyOptional({ description: 'Mật khẩu sinh tự động, chỉ hiển thị một lần', nullable: true, type: String })
  generatedPassword!: string | null;
}

export class LoginView {
  @ApiProperty({ description: 'Mã phiên, dùng làm Bearer token (cũng được đặt vào cookie HttpOnly)' }) token!: string;
  @ApiProperty({ description: 'Gửi lại trong X-CSRF-Token khi dùng cookie' }) csrfToken!: string;
  @ApiProperty() expiresAt!: string;
  @ApiProperty({ type: UserView }) user!: UserView;
}

export class ApiKeyView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ enum: apiKeyPurposes }) purpose!: ApiKeyPurpose;
  @ApiProperty() prefix!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) revokedAt!: string | null;
  static of(k: ApiKeyEntity): ApiKeyView {
    return {
      id: k.id,
      name: k.name,
      unitId: k.unitId,
      purpose: k.purpose,
      prefix: k.prefix,
      createdAt: k.createdAt.toISOString(),
      revokedAt: k.revokedAt ? k.revokedAt.toISOString() : null,
    };
  }
}

export class CreatedApiKeyView extends ApiKeyView {
  @ApiProperty({ description: 'Khóa đầy đủ, chỉ hiển thị một lần' }) key!: string;
}
