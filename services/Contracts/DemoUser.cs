namespace Frivillighed.Contracts;

public sealed record DemoUser(Guid Id, string UserName, string DisplayName, string[] Roles);
