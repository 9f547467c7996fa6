/** A program's editions of one year and phase summed, and for a program that totals others, its members' sums beside its own. */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { loadGroups } from '../../../lib/db/loaders';
import { TrainingProgram } from '../entities/training-program.entity';
import { TrainingPhase } from '../enums';
import type { TrainingContext } from '../loaders';
import { sumEditions, TrainingEditionSum } from '../training-measures';

@Resolver(() => TrainingProgram)
export class TrainingProgramMeasuresResolver {
  @FieldResolver(() => TrainingEditionSum, { description: "The program's editions of one year and phase, summed (a program may print several editions of the same year and phase)." })
  async total(
    @Root() program: TrainingProgram,
    @Ctx() { loaders }: TrainingContext,
    @Arg('year', () => Int, { description: 'The year (연도).' }) year: number,
    @Arg('phase', () => TrainingPhase, { description: 'The phase: plan, revised plan, target or result.' }) phase: keyof typeof TrainingPhase,
  ): Promise<TrainingEditionSum> {
    return sumEditions(await loaders.editionsByProgramId.load(program.id), year, phase);
  }

  @FieldResolver(() => TrainingEditionSum, {
    nullable: true,
    description:
      "For a program that totals others (totalOf, a 계 or 전체 row): its members' editions of one year and phase summed, to set beside its own printed figures (total); null for a program that totals none.",
  })
  async membersTotal(
    @Root() program: TrainingProgram,
    @Ctx() { loaders }: TrainingContext,
    @Arg('year', () => Int, { description: 'The year (연도).' }) year: number,
    @Arg('phase', () => TrainingPhase, { description: 'The phase: plan, revised plan, target or result.' }) phase: keyof typeof TrainingPhase,
  ): Promise<TrainingEditionSum | null> {
    if (!program.totalOf.length) return null;
    return sumEditions(await loadGroups(loaders.editionsByProgramId, program.totalOf), year, phase);
  }
}
