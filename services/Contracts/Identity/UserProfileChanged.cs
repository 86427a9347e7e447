namespace Frivillighed.Contracts.Identity;

// A person's name and e-mail address as the identity provider knows them: at sign-up (once the address is
// confirmed), after a change of address, and for the demo users. The basis of every mail to a person.
public sealed record UserProfileChanged(Guid UserId, string DisplayName, string Email, DateTimeOffset OccurredAt);
