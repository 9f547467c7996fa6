import { sourceRef } from '../../lib/graphql/source-ref';
import { build } from '../../lib/seeds/build';
import { TrainingEdition } from '../../subgraphs/training/entities/training-edition.entity';
import { TrainingProgram } from '../../subgraphs/training/entities/training-program.entity';
import { sumTraining } from '../../subgraphs/training/training-totals';

const program = (id: string, extra: Partial<TrainingProgram> = {}) => build(TrainingProgram, { id, totalOf: [], repeats: null, summaryOf: null, ...extra });
const edition = (programId: string, trainees: number | null, year = 2021, phase = 'PLAN') =>
  build(TrainingEdition, { programId, year, phase: phase as never, courses: 1, sessions: 2, trainees, source: sourceRef('001_bb76ef901cc1ef9e.txt', '1') });

describe('sumTraining', () => {
  it('adds parts, never the total over them nor a repeat of a course', () => {
    const programs = [
      program('a'),
      program('b'),
      program('family', { totalOf: ['a', 'b'] }),
      program('a-again', { repeats: 'a' }),
      program('by-group', { summaryOf: '2021 plan by trainee group' }),
    ];
    const editions: Record<string, TrainingEdition[]> = {
      a: [edition('a', 30)],
      b: [edition('b', 20), edition('b', null)],
      family: [edition('family', 50)],
      'a-again': [edition('a-again', 30)],
      'by-group': [edition('by-group', 80)],
    };
    expect(sumTraining(programs, (p) => editions[p.id], 2021, 'PLAN')).toEqual(
      expect.objectContaining({ programs: 2, programsLeftOut: 3, editions: 3, courses: 3, sessions: 6, trainees: 50, editionsWithoutTrainees: 1 }),
    );
  });

  it('breaks the sums down by type and mode, programs counted once', () => {
    const programs = [program('a', { type: 'REMOTE', mode: 'ONLINE_RECORDED' }), program('b', { type: 'IN_SERVICE', mode: 'IN_PERSON' }), program('c', { type: 'REMOTE', mode: 'IN_PERSON' })];
    const editions: Record<string, TrainingEdition[]> = { a: [edition('a', 100), edition('a', 10)], b: [edition('b', 20)], c: [edition('c', 5)] };
    const totals = sumTraining(programs, (p) => editions[p.id], 2021, 'PLAN');
    expect(totals.byType.map((g) => [g.key, g.programs, g.trainees])).toEqual([['REMOTE', 2, 115], ['IN_SERVICE', 1, 20]]);
    expect(totals.byMode.map((g) => [g.key, g.programs, g.trainees])).toEqual([['ONLINE_RECORDED', 1, 110], ['IN_PERSON', 2, 25]]);
  });

  it('keeps years and phases apart', () => {
    const programs = [program('a')];
    const totals = sumTraining(programs, () => [edition('a', 10, 2020, 'RESULT'), edition('a', 99, 2021, 'PLAN')], 2020, 'RESULT');
    expect(totals.trainees).toBe(10);
  });
});
