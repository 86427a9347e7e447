namespace Frivillighed.Contracts.Associations;

// Members at the cut-off (31 December of Year); Revision > 1 is a staff correction. The basis of activity grants.
public sealed record MemberCountReported(
    Guid AssociationId, int Year, int Revision, int MembersUnder25, int Members25AndOver, DateTimeOffset OccurredAt);
