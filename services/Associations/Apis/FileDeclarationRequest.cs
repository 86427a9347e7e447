namespace Frivillighed.Associations.Apis;

public sealed record FileDeclarationRequest(int? Year);
