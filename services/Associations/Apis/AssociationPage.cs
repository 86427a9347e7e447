namespace Frivillighed.Associations.Apis;

public sealed record AssociationPage(IReadOnlyList<AssociationResponse> Items, int Page, int PageSize, int Total);
