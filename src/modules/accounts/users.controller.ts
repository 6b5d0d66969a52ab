import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { UuidPipe } from '../http/uuid.pipe.js';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { CreatedUserView, CreateUserDto, GrantDto, GrantView, UpdateUserDto, UserView } from './accounts.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@ApiBearerAuth()
@Controller('api/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Danh sách người dùng trong phạm vi quản lý' })
  @ApiOkResponse({ type: UserView, isArray: true })
  async list(@CurrentActor() actor: Actor): Promise<UserView[]> {
    return (await this.users.list(actor)).map(({ user, grants, homeVisible }) => UserView.of(user, grants, homeVisible));
  }

  @Post()
  @ApiOperation({ summary: 'Tạo người dùng với một vai trò trên một đơn vị' })
  @ApiCreatedResponse({ type: CreatedUserView })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto): Promise<CreatedUserView> {
    const { user, password } = await this.users.create(actor, dto);
    return { ...UserView.of(user), generatedPassword: password };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một người dùng và các quyền của họ' })
  @ApiOkResponse({ type: UserView })
  async get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<UserView> {
    const { user, grants, homeVisible } = await this.users.get(actor, id);
    return UserView.of(user, grants, homeVisible);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Khóa hoặc mở khóa một người dùng' })
  @ApiOkResponse({ type: UserView })
  async update(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() dto: UpdateUserDto): Promise<UserView> {
    const { user, grants, homeVisible } = await this.users.setActive(actor, id, dto.active);
    return UserView.of(user, grants, homeVisible);
  }

  @Post(':id/grants')
  @ApiOperation({ summary: 'Cấp thêm vai trò trên một đơn vị' })
  @ApiCreatedResponse({ type: GrantView })
  async addGrant(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() dto: GrantDto): Promise<GrantView> {
    return GrantView.of(await this.users.addGrant(actor, id, dto.unitId, dto.role));
  }

  @Delete(':id/grants/:grantId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Thu hồi một vai trò' })
  @ApiNoContentResponse({ description: 'Đã thu hồi' })
  async removeGrant(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('grantId', UuidPipe) grantId: string,
  ): Promise<void> {
    await this.users.removeGrant(actor, id, grantId);
  }
}
