import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/**
 * A dispatch key names the channels it may claim (issue 13: "scoped to a unit subtree and
 * channels"). JSON text, as the other lists; null for keys of other purposes. A dispatch key
 * made before this column has none, so it claims nothing until an admin issues one with
 * channels: a key never gains a channel nobody gave it.
 */
export class DispatchKeyChannels1764700000001 implements MigrationInterface {
  name = 'DispatchKeyChannels1764700000001';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('api_keys', new TableColumn({ name: 'channels', type: 'text', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('api_keys', 'channels');
  }
}
