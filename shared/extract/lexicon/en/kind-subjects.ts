/**
 * English words for who or what a kind verb's subject is: a standing body holding its session makes the event
 * a forum ("the subcommittee held its meeting"), and a vehicle or cargo "arriving" makes no visit ("the first
 * container train arrived in Almaty"). Data only; see ../../predicates.ts.
 */
export const KIND_SUBJECTS_EN = {
  /** Standing bodies whose sessions are `forum` events (committees, commissions, councils of the two sides). */
  bodies: [
    'committee',
    'subcommittee',
    'sub-committee',
    'commission',
    'subcommission',
    'business council',
    'cooperation council',
    'interregional council',
    'council of regions',
  ],
  /** Words of a person's post: "Secretary of the Party Committee holds a meeting" is that person's meeting. */
  roles: [
    'secretary',
    'chairman',
    'chairwoman',
    'chair',
    'co-chair',
    'head',
    'member',
    'members',
    'director',
    'deputy',
    'vice',
    'minister',
    'president',
    'leader',
    'delegation',
  ],
  /** Things that travel without being visitors: trains, cargo, flights. Their arrival is no visit. */
  vehicles: [
    'train*',
    'cargo*',
    'freight',
    'shipment*',
    'consignment*',
    'container*',
    'flight*',
    'plane*',
    'aircraft',
    'airliner*',
    'truck*',
    'lorry',
    'lorries',
    'wagon*',
    'goods',
    'batch*',
    'vessel*',
    'ship*',
    'caravan*',
  ],
} as const;
