namespace Frivillighed.Notifications.Model;

// A user's name and address as Identity last told (UserProfileChanged), and what they chose to receive.
public sealed class Person
{
    public Guid UserId { get; init; }
    public required string DisplayName { get; set; }
    public required string Email { get; set; }
    public bool Reminders { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }
}
