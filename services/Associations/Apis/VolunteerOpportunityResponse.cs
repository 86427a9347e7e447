using Frivillighed.Associations.Model;

namespace Frivillighed.Associations.Apis;

public sealed record VolunteerOpportunityResponse(
    Guid Id, Guid AssociationId, string AssociationName, string Title, string Description, ActivityArea Area, string Town,
    string TimeCommitment, string Contact, DateTimeOffset PostedAt, DateTimeOffset? ClosedAt);
