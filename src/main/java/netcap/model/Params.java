package netcap.model;

import netcap.schema.Key;

/**
 * Every model parameter, with its default. A field's name is the parameter's name in YAML specs,
 * CSV columns, the GUI and {@code docs/ODD.md}; the {@link Param} annotation gives its group,
 * meaning, unit and allowed range, which {@link ParamRegistry} checks on every assignment.
 * Rates are per step; knowledge is in knowledge units (ku), one unit being the mean initial
 * tacit knowledge of an agent in one domain.
 */
public final class Params implements Cloneable {

    // ------------------------------------------------------------------ world

    @Param(group = "world", doc = "Number of knowledge domains D.", min = 1, max = 64, apply = Key.Apply.NEXT_START)
    public int domains = 4;

    @Param(group = "world", doc = "Length of each agent's interest vector (for homophily and shared language).", min = 1, max = 64, apply = Key.Apply.NEXT_START)
    public int interestDims = 3;

    @Param(group = "world", doc = "Whether agents are renumbered in breadth-first order of the network so that neighbours have nearby ids (faster steps on large networks; outputs keep the source id as sourceId).", apply = Key.Apply.NEXT_START)
    public boolean localityOrder = true;

    @Param(group = "world", doc = "Share of generated ties that exist only in the physical layer.", min = 0, max = 1, apply = Key.Apply.NEXT_START, teach = true)
    public double physicalOnlyShare = 0.3;

    @Param(group = "world", doc = "Share of generated ties that exist only in a virtual channel (the rest are in both layers).", min = 0, max = 1, apply = Key.Apply.NEXT_START, teach = true)
    public double virtualOnlyShare = 0.4;

    @Param(group = "world", doc = "Lowest initial relationship level of a generated tie (0 stranger .. 4 close friend).", min = 0, max = 4, apply = Key.Apply.NEXT_START)
    public int initialLevelMin = 1;

    @Param(group = "world", doc = "Highest initial relationship level of a generated tie.", min = 0, max = 4, apply = Key.Apply.NEXT_START)
    public int initialLevelMax = 3;

    @Param(group = "world", doc = "Mean initial dyadic trust of a tie.", min = 0, max = 1, apply = Key.Apply.NEXT_START)
    public double initialTieTrust = 0.5;

    @Param(group = "world", doc = "Mean initial generalized trust of an agent.", min = 0, max = 1, apply = Key.Apply.NEXT_START)
    public double initialTrust = 0.5;

    @Param(group = "world", doc = "Half-width of the uniform spread of initial trust, tie trust and activity around their means.", min = 0, max = 0.5, apply = Key.Apply.NEXT_START)
    public double initialSpread = 0.2;

    @Param(group = "world", doc = "Mean initial tacit knowledge per agent and domain (uniform on [0, 2x]).", unit = "ku", min = 0, apply = Key.Apply.NEXT_START)
    public double initialTacit = 1.0;

    @Param(group = "world", doc = "Mean initial explicit knowledge per agent and domain (uniform on [0, 2x]).", unit = "ku", min = 0, apply = Key.Apply.NEXT_START)
    public double initialExplicit = 0.2;

    @Param(group = "world", doc = "Mean initial activity (probability of acting in a step).", min = 0, max = 1, apply = Key.Apply.NEXT_START)
    public double initialActivity = 0.6;

    @Param(group = "world", doc = "Share of agents that start as unconditional contributors.", min = 0, max = 1, apply = Key.Apply.NEXT_START, teach = true)
    public double initialContributorShare = 0.17;

    @Param(group = "world", doc = "Share of agents that start as free riders (the rest are conditional cooperators).", min = 0, max = 1, apply = Key.Apply.NEXT_START, teach = true)
    public double initialFreeRiderShare = 0.33;

    @Param(group = "world", doc = "Initial contribution propensity of conditional cooperators.", min = 0, max = 1, apply = Key.Apply.NEXT_START)
    public double conditionalPropensity = 0.5;

    // ------------------------------------------------------------------ SECI

    @Param(group = "seci", doc = "Socialization: share of the tacit gap to a teacher closed per step over a fully attended, fully trusted face-to-face tie (only ties in the physical layer carry tacit knowledge).", unit = "1/step", min = 0, max = 1, teach = true)
    public double socializationRate = 0.05;

    @Param(group = "seci", doc = "Socialization's creation: new tacit knowledge per step created by working together face to face, per unit of the tacit knowledge learner and teacher share (the smaller of the two) over a fully attended, fully trusted tie.", unit = "1/step", min = 0, max = 1, teach = true)
    public double socializationCreationRate = 0.01;

    @Param(group = "seci", doc = "Externalization: share of its tacit knowledge a full contributor codifies (converts into explicit knowledge) per step.", unit = "1/step", min = 0, max = 1, teach = true)
    public double externalizationRate = 0.1;

    @Param(group = "seci", doc = "Effort cost of externalizing one unit of knowledge.", unit = "effort/ku", min = 0)
    public double externalizationCost = 0.1;

    @Param(group = "seci", doc = "Uptake: share of the gap to the best post in reach (a source that knows more in the domain) an active, fully attentive agent closes per step, before relevance and absorptive capacity.", unit = "1/step", min = 0, max = 1)
    public double explicitUptake = 0.5;

    @Param(group = "seci", doc = "Absorptive capacity: the related tacit knowledge b at which an agent absorbs half of what it could (capacity b / (b + this)).", unit = "ku", min = 1e-9)
    public double absorptionHalf = 1.0;

    @Param(group = "seci", doc = "Weight of the other domains' tacit knowledge in the related knowledge b of absorptive capacity (b = tacit in the domain + this x mean tacit in the other domains).", min = 0, max = 1)
    public double relatedness = 0.25;

    @Param(group = "seci", doc = "Spread of relevance: each agent's relevance of each domain is drawn uniformly on [1 - this, 1].", min = 0, max = 1, apply = Key.Apply.NEXT_START)
    public double relevanceSpread = 0.8;

    @Param(group = "seci", doc = "Combination: new explicit knowledge created per step per unit of visible explicit knowledge, at full diversity and full absorptive capacity.", unit = "1/step", min = 0, max = 1, teach = true)
    public double combinationRate = 0.1;

    @Param(group = "seci", doc = "Knowledge frontier: what one agent can know in a domain; creation slows logistically as an agent's knowledge (tacit plus explicit) in the domain approaches it.", unit = "ku", min = 1e-9)
    public double knowledgeFrontier = 10;

    @Param(group = "seci", doc = "Internalization: share of its explicit knowledge an agent turns into tacit knowledge (learning by doing) per step at full activity.", unit = "1/step", min = 0, max = 1, teach = true)
    public double internalizationRate = 0.05;

    @Param(group = "seci", doc = "Horizon: largest number of intermediaries a post passes through (path length horizon+1).", min = 0, max = 10, apply = Key.Apply.NEXT_START, teach = true)
    public int horizon = 5;

    @Param(group = "seci", doc = "Fidelity of a relayed post: share of its level that survives each intermediary.", min = 0, max = 0.95)
    public double distanceDecay = 0.7;

    @Param(group = "seci", doc = "Attention budget: number of ties an agent can attend fully; each of d ties gets min(1, budget/d). 0 switches attention limits off.", unit = "ties", min = 0, teach = true, sliderMax = 30.0)
    public double attentionBudget = 8;

    @Param(group = "seci", doc = "Forgetting: share of tacit and explicit knowledge that becomes obsolete per step.", unit = "1/step", min = 0, max = 1, teach = true)
    public double forgetting = 0.02;

    // ------------------------------------------------------------------ rooms

    @Param(group = "rooms", doc = "Whether the physical layer (face to face) exists. Without it every tie is met only in a virtual room (a tie that was physical only moves to a virtual room): no socialization.", apply = Key.Apply.NEXT_START, teach = true)
    public boolean physicalLayer = true;

    @Param(group = "rooms", doc = "Whether the virtual rooms exist. Without them every tie is met only face to face (a tie that was virtual only becomes physical) and new ties are physical: no posts.", apply = Key.Apply.NEXT_START, teach = true)
    public boolean virtualRooms = true;

    @Param(group = "rooms", doc = "Effort an acting member spends per step on meeting face to face, when it has at least one physical tie to a member.", unit = "effort/step", min = 0)
    public double physicalRoomCost = 0.01;

    @Param(group = "rooms", doc = "Effort an acting member spends per step in each virtual room where it has a tie to a member.", unit = "effort/step", min = 0)
    public double virtualRoomCost = 0.002;

    @Param(group = "rooms", doc = "Trust gained over a tie met only in virtual rooms, as a share of the gain over a face-to-face tie.", min = 0, max = 1)
    public double virtualTrustFactor = 0.5;

    // ------------------------------------------------------------------ teams

    @Param(group = "teams", doc = "Probability per acting member and step of starting a project team with some of its ties.", unit = "1/step", min = 0, max = 1, teach = true)
    public double teamRate = 0.05;

    @Param(group = "teams", doc = "Members of a project team, its leader included (fewer when the leader has fewer acting contacts).", min = 2, max = 20)
    public int teamSize = 4;

    @Param(group = "teams", doc = "Team productivity: new tacit knowledge per member and domain created by a project, per unit of the team's mean knowledge in the domain, at full knowledge diversity and a fully shared mental map.", unit = "1/project", min = 0, max = 5, teach = true)
    public double teamProductivity = 1.0;

    @Param(group = "teams", doc = "Effort each team member spends on a project.", unit = "effort/project", min = 0)
    public double teamCost = 0.02;

    @Param(group = "teams", doc = "Whether a leader picks as team mates the contacts whose interests are closest to its own (a shared mental map); otherwise interests play no part in the choice.", teach = true)
    public boolean teamSimilarMinds = false;

    @Param(group = "teams", doc = "Whether a leader picks as team mates the contacts whose knowledge differs most from its own; otherwise knowledge plays no part in the choice.", teach = true)
    public boolean teamDiverseKnowledge = false;

    // ------------------------------------------------------------------ trust

    @Param(group = "trust", doc = "Gain of dyadic trust after a satisfying exchange (share of the distance to 1).", unit = "1/exchange", min = 0, max = 1, teach = true)
    public double trustGain = 0.05;

    @Param(group = "trust", doc = "Loss of dyadic trust after an empty or unreturned contact (share of current trust).", unit = "1/contact", min = 0, max = 1, teach = true)
    public double trustLoss = 0.03;

    @Param(group = "trust", doc = "Extra trust gain on ties present in the physical layer and a virtual layer (gain x (1 + bonus)).", min = 0)
    public double multiplexTrustBonus = 1.0;

    @Param(group = "trust", doc = "Rate at which generalized trust follows the share of satisfying exchanges.", unit = "1/step", min = 0, max = 1)
    public double generalTrustRate = 0.05;

    @Param(group = "trust", doc = "Value a tie must bring, as a share of the effort the agent spent per tie this step, for the exchange to count as satisfying (any value counts for an agent that spent nothing).", min = 0, max = 100)
    public double exchangeThreshold = 0.5;

    // ------------------------------------------------------------------ ties

    @Param(group = "ties", doc = "Satisfying exchanges (in both directions) needed to promote a tie one level.", min = 1, max = 127)
    public int promoteAfter = 5;

    @Param(group = "ties", doc = "Dyadic trust (both directions) needed per level: promotion to level L needs trust >= L x this (at most 0.2, so that level 4 stays within reach).", min = 0, max = 0.2)
    public double promoteTrustStep = 0.15;

    @Param(group = "ties", doc = "Idle steps after which a tie falls one level.", min = 1, max = 127)
    public int demoteAfter = 20;

    @Param(group = "ties", doc = "Idle steps after which a stranger tie (level 0) is dropped, in any layer.", min = 1, max = 127)
    public int dropAfter = 40;

    @Param(group = "ties", doc = "Probability per active agent and step of approaching a contact of a contact, introduced by that contact (triadic closure; the contact is one met face to face when the agent has any).", unit = "1/step", min = 0, max = 1, teach = true)
    public double triadicClosureRate = 0.1;

    @Param(group = "ties", doc = "Probability per active agent and step of looking for a similar member to approach (homophily).", unit = "1/step", min = 0, max = 1)
    public double homophilyRate = 0.05;

    @Param(group = "ties", doc = "Interest similarity (1 - distance/sqrt(dims)) a candidate must reach to be approached by homophily.", min = 0, max = 1)
    public double homophilyThreshold = 0.75;

    @Param(group = "ties", doc = "Candidates examined per homophily search.", min = 1, max = 1000)
    public int homophilyCandidates = 5;

    @Param(group = "ties", doc = "Probability per active agent and step of approaching someone on the list of the most connected and most reputed members (discovery).", unit = "1/step", min = 0, max = 1)
    public double discoveryRate = 0.02;

    @Param(group = "ties", doc = "Length of the list of most reputed members used for discovery.", min = 1, max = 10000)
    public int listSize = 20;

    @Param(group = "ties", doc = "Attention an agent has for keeping up relationships, in units of the upkeep of one acquaintance; a tie is promoted only when both ends can afford the higher level's upkeep, and an agent over its budget lets its least trusted tie fall a level.", unit = "upkeep", min = 0, teach = true, sliderMax = 200.0)
    public double relationshipBudget = 25;

    @Param(group = "ties", doc = "Upkeep of a tie relative to the level below it: a tie at level L >= 1 costs levelUpkeep^(L-1) of the relationship budget (a stranger costs nothing).", min = 1, max = 10)
    public double levelUpkeep = 2;

    @Param(group = "ties", doc = "Whether relationship levels mean something: they gate what a tie carries (tacitMinLevel, teamMinLevel, purchaseMinLevel), weight purchases and cost attention (relationshipBudget). Without them every tie carries everything alike.", teach = true)
    public boolean relationshipLevels = true;

    @Param(group = "ties", doc = "Lowest level of a face-to-face tie that carries tacit knowledge (socialization).", min = 0, max = 4)
    public int tacitMinLevel = 2;

    @Param(group = "ties", doc = "Lowest level of a tie over which a member is invited to a project team.", min = 0, max = 4)
    public int teamMinLevel = 2;

    // ------------------------------------------------------------------ contacts

    @Param(group = "contacts", doc = "Share of agents that start as sellers (give value first, in what the other needs); the rest are stalkers (push their own offer at a price).", min = 0, max = 1, apply = Key.Apply.NEXT_START, teach = true)
    public double initialSellerShare = 0.5;

    @Param(group = "contacts", doc = "Whether approaches are judged by what they deliver (acceptance, first trust and starting level follow from the value of the approach and the standing gap); without it every approach is accepted and starts as an acquaintance at the target's generalized trust.", teach = true)
    public boolean contactStrategies = true;

    @Param(group = "contacts", doc = "Value of an approach (net of any price) at which half of the approaches between equals are accepted.", unit = "ku", min = 1e-9)
    public double acceptanceHalf = 0.05;

    @Param(group = "contacts", doc = "How much a gap in standing in the room of approach lowers acceptance: acceptance x (1 - this x |standing gap|).", min = 0, max = 1, teach = true)
    public double equalityWeight = 1.0;

    @Param(group = "contacts", doc = "Whether an approach is made in the room where the two stand nearest to equal; otherwise in a random room.", teach = true)
    public boolean chooseRoom = true;

    @Param(group = "contacts", doc = "Value of an approach: this share of what the approacher knows beyond the target in the domain offered, times the domain's relevance to the target.", min = 0, max = 1)
    public double sampleShare = 0.1;

    @Param(group = "contacts", doc = "Effort an approach costs the approacher, besides the service it delivers.", unit = "effort", min = 0)
    public double approachCost = 0.005;

    // ------------------------------------------------------------------ exchange

    @Param(group = "exchange", doc = "Purchase intensity: an acting buyer buys in its most needed domain with probability 1 - exp(-this x sum over sellers of trust x (level + 1)/5 x knowledge surplus x the buyer's reciprocity factor).", unit = "1/ku", min = 0, teach = true, sliderMax = 20.0)
    public double purchaseRate = 2.0;

    @Param(group = "exchange", doc = "Value of a purchase to the buyer: this share of what the seller knows beyond it in the domain, times the domain's relevance to the buyer.", min = 0, max = 1, teach = true)
    public double purchaseShare = 0.1;

    @Param(group = "exchange", doc = "Price of a purchase (and of a stalker's cold offer) as a share of its value to the buyer; free riders do not pay.", min = 0, max = 1, teach = true)
    public double priceShare = 0.5;

    @Param(group = "exchange", doc = "Effort a seller spends per unit of value it delivers (a purchase or a seller's free sample).", unit = "effort/ku", min = 0)
    public double serviceCost = 0.2;

    @Param(group = "exchange", doc = "Lowest level of a tie over which a purchase is made.", min = 0, max = 4)
    public int purchaseMinLevel = 1;

    // ------------------------------------------------------------------ satisfaction and activity

    @Param(group = "satisfaction", doc = "What else an agent could do with its time: the value of a step spent outside the network, per unit of what the agent knows (sum over domains); part of the cost a member weighs against what it receives.", unit = "1/step", min = 0, max = 1, teach = true)
    public double outsideOption = 0.005;

    @Param(group = "satisfaction", doc = "Weight of the newest step in the moving average of satisfaction.", unit = "1/step", min = 0, max = 1)
    public double satisfactionMemory = 0.1;

    @Param(group = "satisfaction", doc = "Satisfaction (relative return on time, -1..1) at which activity sits halfway between its floor and 1.", min = -1, max = 1)
    public double satisfactionReference = 0.0;

    @Param(group = "satisfaction", doc = "Scale of the logistic response of activity to satisfaction (relative return).", min = 1e-9, max = 10)
    public double satisfactionScale = 0.1;

    @Param(group = "satisfaction", doc = "Rate at which activity moves toward its target.", unit = "1/step", min = 0, max = 1)
    public double activityResponse = 0.05;

    @Param(group = "satisfaction", doc = "Floor of the activity target.", min = 0, max = 1)
    public double activityMin = 0.02;

    @Param(group = "satisfaction", doc = "Activity below which a member counts as inactive and does not act.", min = 0, max = 1)
    public double inactiveThreshold = 0.1;

    @Param(group = "satisfaction", doc = "Satisfaction (relative return on time, -1..1) below which a step counts as a bad step: -0.5 means getting a third of what taking part costs.", min = -1, max = 1)
    public double leaveThreshold = -0.5;

    @Param(group = "satisfaction", doc = "Consecutive bad steps after which a member leaves (its account dies and its ties go). 0 never.", min = 0, max = 100000)
    public int leavePatience = 20;

    // ------------------------------------------------------------------ free riders and contribution

    @Param(group = "freeRiders", doc = "Synergy factor r of the public goods game: each group's pooled contributions are multiplied by r and shared equally (normalized synergy eta = r/(z+1)).", min = 0, teach = true, sliderMax = 8.0)
    public double synergy = 3.0;

    @Param(group = "freeRiders", doc = "Cost c of a full contribution (per game, or per individual spread over its games).", unit = "ku", min = 0, teach = true, sliderMax = 0.2)
    public double contributionCost = 0.01;

    @Param(group = "freeRiders", doc = "How the cost is spread: perGame (c in every group an agent is in) or perIndividual (c in total, split over its groups), as in Santos, Santos & Pacheco (2008).")
    public netcap.game.CostVariant costVariant = netcap.game.CostVariant.PER_GAME;

    @Param(group = "freeRiders", doc = "Strategy update rule: pairwise (copy a better-off neighbour with probability proportional to the payoff difference, Santos et al. 2008) or fermi (1/(1+exp(-beta dP))).")
    public netcap.game.UpdateRule updateRule = netcap.game.UpdateRule.FERMI;

    @Param(group = "freeRiders", doc = "Selection intensity beta of the Fermi rule.", unit = "1/ku", min = 0)
    public double selectionIntensity = 10;

    @Param(group = "freeRiders", doc = "Share of members that revise their strategy per step by imitating a random neighbour.", unit = "1/step", min = 0, max = 1, teach = true)
    public double strategyUpdateRate = 0.05;

    @Param(group = "freeRiders", doc = "Probability that a revising agent explores a random other strategy instead of imitating (mutation).", min = 0, max = 1, teach = true)
    public double mutation = 0.001;

    @Param(group = "freeRiders", doc = "Conditional cooperators contribute this multiple of the trust-weighted mean contribution of their neighbours in the previous step (clipped to [0,1]).", min = 0, max = 10)
    public double conditionalSlope = 1.0;

    @Param(group = "freeRiders", doc = "Whether agents have a reputation: a moving average of what they give others (the knowledge they publish and the payments they make), which sets their standing (for reciprocity) and their place on the discovery list.")
    public boolean reputation = true;

    @Param(group = "freeRiders", doc = "Weight of the newest step in the moving average that is reputation.", unit = "1/step", min = 0, max = 1)
    public double reputationMemory = 0.05;

    @Param(group = "freeRiders", doc = "Whether what reaches an agent is scaled by its standing (its rank by reputation: what it gives others, the knowledge it publishes and the payments it makes): agents of high standing receive more from every neighbour, those of low standing (who publish little, as free riders do) less.", teach = true)
    public boolean reciprocity = true;

    @Param(group = "freeRiders", doc = "Strength s of reciprocity: what reaches an agent (and how readily sellers serve it) is scaled by 1 + s (2 standing - 1), standing = the member's rank by reputation among the members, from 0 to 1.", min = 0, max = 1, teach = true)
    public double reciprocityStrength = 0.5;

    @Param(group = "freeRiders", doc = "Whether agents that contribute (propensity above 0: contributors and conditional cooperators) withdraw trust from neighbours who contributed nothing, and drop virtual ties whose trust falls below 0.05 (exclusion); acts only while the contribution mechanism runs.", teach = true)
    public boolean exclusion = true;

    @Param(group = "freeRiders", doc = "Share of trust an agent that contributes withdraws per step from a neighbour who contributed nothing.", unit = "1/step", min = 0, max = 1, teach = true)
    public double exclusionRate = 0.02;

    // ------------------------------------------------------------------ growth

    @Param(group = "growth", doc = "Agents that are members at the start; -1 means every agent starts as a member (no growth phase), 0 that nobody does (the first join by innovation or a zero threshold).", min = -1, max = 1e9, apply = Key.Apply.NEXT_START, teach = true, sliderMax = 50.0)
    public int initialMembers = -1;

    @Param(group = "growth", doc = "Who the first members are: founder (the best-connected agent, with the rest of initialMembers drawn from its contacts: a leader and first followers) or random.", apply = Key.Apply.NEXT_START)
    public SeedingRule seeding = SeedingRule.FOUNDER;

    @Param(group = "growth", doc = "How non-members join: value (innovation p, plus imitation q times the share of contacts who are satisfied members, plus joinValue times the value received from members' sales as an outsider), bass (innovation p plus imitation q times the share of contacts who are members, Bass 1969, with no value term, for comparisons with diffusion data), threshold (when enough contacts are members, Granovetter 1978; Watts 2002) or none.")
    public JoinRule joinRule = JoinRule.VALUE;

    @Param(group = "growth", doc = "Bass innovation coefficient p: probability per step of joining with no member contacts.", unit = "1/step", min = 0, max = 1, teach = true)
    public double innovation = 0.002;

    @Param(group = "growth", doc = "Value rule: added joining probability per unit of value an outsider received last step from members' sales.", unit = "1/ku", min = 0, teach = true, sliderMax = 50.0)
    public double joinValue = 5.0;

    @Param(group = "growth", doc = "Bass imitation coefficient q: added joining probability per step when all contacts are members.", unit = "1/step", min = 0, max = 1, teach = true)
    public double imitation = 0.3;

    @Param(group = "growth", doc = "Whether social proof counts all members (well-mixed, the classic Bass model) instead of an agent's own contacts.")
    public boolean wellMixed = false;

    @Param(group = "growth", doc = "Threshold distribution: fixed, uniform (thresholdMean +- thresholdSpread) or normal (sd thresholdSpread), clipped at 0 (and 1 if fractional).", apply = Key.Apply.NEXT_START)
    public ThresholdShape thresholdDistribution = ThresholdShape.NORMAL;

    @Param(group = "growth", doc = "Whether thresholds are fractional (share of contacts) or absolute (number of contacts).", apply = Key.Apply.NEXT_START)
    public ThresholdKind thresholdType = ThresholdKind.FRACTIONAL;

    @Param(group = "growth", doc = "Mean (or fixed value) of the joining thresholds.", min = 0, apply = Key.Apply.NEXT_START)
    public double thresholdMean = 0.18;

    @Param(group = "growth", doc = "Spread of the thresholds: half-width (uniform) or standard deviation (normal).", min = 0, apply = Key.Apply.NEXT_START)
    public double thresholdSpread = 0.05;

    @Param(group = "growth", doc = "Explicit thresholds, one per agent, comma-separated (overrides the distribution when not empty).", apply = Key.Apply.NEXT_START)
    public String thresholdList = "";

    @Param(group = "growth", doc = "Number of members after the founder, in order of joining, who count as first followers (seeded members included when initialMembers is above 1).", min = 0, max = 1e9)
    public int firstFollowers = 10;

    @Param(group = "growth", doc = "Extra visibility of first followers: each counts 1 + followerBoost contacts in others' social proof (and joins with that much more incentive).", min = 0, teach = true, sliderMax = 20.0)
    public double followerBoost = 0;

    @Param(group = "growth", doc = "Pull of size: joining probabilities are multiplied by 1 + sizePull x (members / agents) + resourcePull x contribution rate + knowledgePull x (mean explicit knowledge / knowledgeFrontier).", min = 0)
    public double sizePull = 0;

    @Param(group = "growth", doc = "Pull of contributed resources (see sizePull).", min = 0)
    public double resourcePull = 0;

    @Param(group = "growth", doc = "Pull of the knowledge on offer (see sizePull): adds knowledgePull x (mean explicit knowledge of members / knowledgeFrontier).", min = 0)
    public double knowledgePull = 0;

    @Param(group = "growth", doc = "Non-members who arrive per step regardless of contacts and attach by preferential attachment (0 off).", unit = "agents/step", min = 0, max = 1e9)
    public double arrivalRate = 0;

    @Param(group = "growth", doc = "New virtual ties an arriving agent makes, to members chosen with weight (degree + 1)(1 + reputation) exp(arrivalHomophily x similarity - arrivalProximity x distance).", min = 0, max = 1000)
    public int arrivalTies = 3;

    @Param(group = "growth", doc = "Strength of interest similarity in an arriving agent's choice of partners.", min = 0)
    public double arrivalHomophily = 0;

    @Param(group = "growth", doc = "Strength of physical proximity (distance on the unit square) in an arriving agent's choice of partners.", min = 0)
    public double arrivalProximity = 0;

    @Param(group = "growth", doc = "Members examined by an arriving agent when choosing partners.", min = 1, max = 100000)
    public int arrivalCandidates = 30;

    // ------------------------------------------------------------------ plug-ins

    /** The plug-ins whose mechanisms, metrics and parameters this model uses (none unless a spec names them). */
    private netcap.model.plugins.PluginSet plugins = netcap.model.plugins.PluginSet.NONE;

    /** The values of the plug-ins' parameters, by name (typed and checked by {@link ParamRegistry}). */
    private java.util.Map<String, Object> pluginValues = new java.util.LinkedHashMap<>();

    /** The plug-ins this model uses. */
    public netcap.model.plugins.PluginSet plugins() {
        return plugins;
    }

    /** Uses {@code set}'s plug-ins, their parameters at their defaults (values of plug-ins used before are dropped). */
    public Params usePlugins(netcap.model.plugins.PluginSet set) {
        plugins = set;
        pluginValues = new java.util.LinkedHashMap<>();
        for (Key k : set.parameters()) {
            pluginValues.put(k.name(), k.defaultValue());
        }
        return this;
    }

    /** The plug-in parameters' values, live (for {@link ParamRegistry}). */
    java.util.Map<String, Object> pluginValues() {
        return pluginValues;
    }

    /** A copy of these parameters. */
    public Params copy() {
        try {
            Params c = (Params) clone();
            c.pluginValues = new java.util.LinkedHashMap<>(pluginValues);
            return c;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
