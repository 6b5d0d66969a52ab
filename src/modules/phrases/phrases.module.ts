import { Module } from '@nestjs/common';
import { PhrasesController } from './phrases.controller.js';

@Module({ controllers: [PhrasesController] })
export class PhrasesModule {}
