namespace Frivillighed.Associations.Apis;

public sealed record MissingDeclarationResponse(Guid Id, string Name, string Town, int? LastDeclaredYear, DateOnly Deadline, bool Lapsed);
