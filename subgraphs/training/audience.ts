/** The audience groups as a GraphQL enum; the grouping itself is lib/seeds/audience.ts (shared with the findings rules). */
import { stringEnum } from '../../lib/graphql/enums';
import { AUDIENCE_GROUP_DESCRIPTIONS, AUDIENCE_GROUPS } from '../../lib/seeds/audience';

export { AUDIENCE_GROUPS, audienceGroup, type AudienceGroupValue } from '../../lib/seeds/audience';

export const AudienceGroup = stringEnum('AudienceGroup', AUDIENCE_GROUPS, 'Who a training program is for, grouped from the printed audience (대상) by keyword.', AUDIENCE_GROUP_DESCRIPTIONS);
