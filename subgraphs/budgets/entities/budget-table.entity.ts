import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OwnedRecord } from '../../../lib/db/owned-record';
import { BudgetClassification, MoneyUnit } from '../enums';

@ObjectType('BudgetTable', { description: 'A budget table as a report prints it (예산 현황표): its rows are BudgetLines.' })
@Entity({ tableName: 'budget_table' })
export class BudgetTable extends OwnedRecord {

  @Field(() => Int, { description: 'Fiscal year the table budgets (회계연도).' })
  @Property({ type: 'integer' })
  fiscalYear!: number;

  @Field(() => String, { description: 'Title as printed.' })
  @Property({ type: 'text' })
  titleKo!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  titleEn!: string;

  @Field(() => BudgetClassification)
  @Property({ type: 'text' })
  classification!: keyof typeof BudgetClassification;

  @Field(() => MoneyUnit, { description: 'The unit the report printed the amounts in.' })
  @Property({ type: 'text' })
  unit!: keyof typeof MoneyUnit;

  @Field(() => String, { nullable: true, description: 'Date the figures hold for (기준일), partial ISO.' })
  @Property({ type: 'text', nullable: true })
  asOf!: string | null;

  @Field(() => String, { nullable: true, description: "For a task's execution table: the task's line in the task table it details." })
  @Index()
  @Property({ type: 'text', nullable: true })
  taskBudgetLineId!: string | null;
}
