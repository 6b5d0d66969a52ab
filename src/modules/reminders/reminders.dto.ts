import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsObject, ValidateNested } from 'class-validator';
import { Optional } from '../http/validation.decorators.js';
import { type ReminderRule, reminderRules } from '../../domain/reminders/reminder-messages.js';

export class DeliveriesQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'sent', 'failed'] })
  @Optional()
  @IsIn(['pending', 'sent', 'failed'], { message: 'Trạng thái (status) phải là pending, sent hoặc failed.' })
  status?: 'pending' | 'sent' | 'failed';
}

export class PreferenceChangeDto {
  @ApiProperty({ enum: reminderRules })
  @IsIn(reminderRules, { message: `Loại nhắc việc (rule) phải là một trong: ${reminderRules.join(', ')}.` })
  rule!: ReminderRule;

  @ApiProperty()
  @IsBoolean({ message: 'Bật/tắt (enabled) phải là true hoặc false.' })
  enabled!: boolean;
}

export class PreferencesDto {
  @ApiProperty({ type: [PreferenceChangeDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(reminderRules.length)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PreferenceChangeDto)
  preferences!: PreferenceChangeDto[];
}

export class PreferenceView {
  @ApiProperty({ enum: reminderRules }) rule!: ReminderRule;
  @ApiProperty() label!: string;
  @ApiProperty() enabled!: boolean;
}

export class DeliveryView {
  @ApiProperty() id!: string;
  @ApiProperty() key!: string;
  @ApiProperty() rule!: string;
  @ApiProperty() email!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: ['pending', 'sent', 'failed'] }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) sentAt!: string | null;
}
