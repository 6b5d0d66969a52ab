import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsString, Length, Matches, ValidateBy, type ValidationArguments } from 'class-validator';
import { CHANNEL_IDS } from '../../../config/channels/channel-ids.js';
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

  @ApiPropertyOptional({
    type: [String],
    enum: CHANNEL_IDS,
    example: ['web-portal'],
    description:
      'Bắt buộc với khóa mục đích dispatch (ít nhất một kênh trong danh mục): khóa chỉ nhận, xác nhận và báo lỗi các lượt phát hành của những kênh này. Khóa mục đích khác không nhận trường này.',
  })
  @IsDispatchChannels()
  channels?: string[];
}

const MAX_KEY_CHANNELS = CHANNEL_IDS.length;

/** Why a key's `channels` is refused, in Vietnamese naming the bad value; null when it is fine. */
export function dispatchChannelsProblem(purpose: unknown, channels: unknown): string | null {
  if (purpose !== 'dispatch') {
    return channels === undefined ? null : 'Chỉ khóa mục đích dispatch mới được giao kênh (channels)';
  }
  if (channels === undefined || channels === null) return 'Khóa mục đích dispatch phải nêu các kênh được nhận việc (channels)';
  if (!Array.isArray(channels)) return 'Danh sách kênh (channels) phải là một danh sách mã kênh';
  if (channels.length === 0) return 'Danh sách kênh (channels) cần ít nhất 1 kênh';
  if (channels.length > MAX_KEY_CHANNELS) return `Danh sách kênh (channels) có tối đa ${MAX_KEY_CHANNELS} mục`;
  const unknown = channels.filter((c) => typeof c !== 'string' || !(CHANNEL_IDS as readonly string[]).includes(c));
  if (unknown.length) return `Kênh không có trong danh mục: ${unknown.map((c) => JSON.stringify(c)).join(', ')}`;
  return null;
}

/** `channels` of a new key: required (non-empty, known ids) for purpose dispatch, refused for the others. */
function IsDispatchChannels(): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDispatchChannels',
      validator: {
        validate: (value: unknown, args?: ValidationArguments) =>
          dispatchChannelsProblem((args?.object as CreateApiKeyDto | undefined)?.purpose, value) === null,
      },
    },
    {
      message: (args: ValidationArguments) =>
        dispatchChannelsProblem((args.object as CreateApiKeyDto).purpose, args.value) ?? 'Danh sách kênh (channels) không hợp lệ',
    },
  );
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
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'Đơn vị chính của người dùng; null khi người gọi không được xem đơn vị đó (người này chỉ có vai trò phụ ở đơn vị người gọi quản lý)',
  })
  unitId!: string | null;
  @ApiProperty() active!: boolean;
  @ApiPropertyOptional({
    type: [GrantView],
    description: 'Các vai trò theo đơn vị mà người gọi được xem (có trong danh sách, một người dùng và khi khóa/mở khóa)',
  })
  grants?: GrantView[];
  static of(u: UserEntity, grants?: (RoleGrantEntity & { unitName?: string | null })[], homeVisible = true): UserView {
    return {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      email: u.email,
      unitId: homeVisible ? u.unitId : null,
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
  @ApiProperty({
    type: [String],
    nullable: true,
    description: 'Khóa dispatch: các kênh được nhận việc (rỗng: không kênh nào); null với khóa mục đích khác',
  })
  channels!: string[] | null;
  @ApiProperty() prefix!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) revokedAt!: string | null;
  static of(k: ApiKeyEntity): ApiKeyView {
    return {
      id: k.id,
      name: k.name,
      unitId: k.unitId,
      purpose: k.purpose,
      channels: k.purpose === 'dispatch' ? (k.channels ?? []) : null,
      prefix: k.prefix,
      createdAt: k.createdAt.toISOString(),
      revokedAt: k.revokedAt ? k.revokedAt.toISOString() : null,
    };
  }
}

export class CreatedApiKeyView extends ApiKeyView {
  @ApiProperty({ description: 'Khóa đầy đủ, chỉ hiển thị một lần' }) key!: string;
}
