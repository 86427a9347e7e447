namespace Frivillighed.Associations.Apis;

public sealed record ChildSafetyDeclarationResponse(Guid AssociationId, int Year, DateTimeOffset DeclaredAt, bool Lapsed);
