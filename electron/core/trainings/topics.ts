import type { TrainingTopic } from '../../../shared/api/trainings';
import { AppError } from '../../../shared/errors';
import { foldDiacritics } from '../../../shared/text/vietnamese';
import type { Context } from '../context';
import type { Handlers } from '../dispatch';

interface TopicRecord { id: string; name: string; basic_skill: number; builtin: number }

const toTopic = (r: TopicRecord): TrainingTopic => ({ id: r.id, name: r.name, basicSkill: r.basic_skill === 1, builtin: r.builtin === 1 });

/** The catalogue: the national programme's topics in their fixed order, then the commune's own. */
export function listTopics(ctx: Context): TrainingTopic[] {
  const rows = ctx.db.prepare('SELECT * FROM training_topic ORDER BY sort_order, name').all() as TopicRecord[];
  return rows.map(toTopic);
}

export function assertTopicsExist(ctx: Context, ids: string[]): void {
  const known = new Set((ctx.db.prepare('SELECT id FROM training_topic').all() as { id: string }[]).map((r) => r.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length) throw new AppError('VALIDATION', 'Có chủ đề tập huấn không còn trong danh mục. Hãy tải lại rồi chọn lại.', { missing });
}

export const topicHandlers: Pick<Handlers, 'trainings.topics' | 'trainings.addTopic'> = {
  'trainings.topics': (_input, ctx) => listTopics(ctx),
  'trainings.addTopic': (input, ctx) =>
    ctx.mutate(() => {
      const folded = foldDiacritics(input.name);
      const same = ctx.db.prepare('SELECT name FROM training_topic WHERE name_folded = ?').get(folded) as { name: string } | undefined;
      if (same) throw new AppError('DUPLICATE', `Chủ đề "${same.name}" đã có trong danh mục.`);
      const id = ctx.newId();
      ctx.db
        .prepare('INSERT INTO training_topic (id, name, name_folded, created_at) VALUES (?, ?, ?, ?)')
        .run(id, input.name, folded, ctx.now());
      const topic = listTopics(ctx).find((t) => t.id === id)!;
      ctx.audit({ action: 'trainings.addTopic', entity: 'training_topic', entityId: id, after: topic });
      return topic;
    }),
};
