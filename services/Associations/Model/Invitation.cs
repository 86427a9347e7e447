using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Model;

// A chair invites someone to represent the association with a one-time code, instead of needing their user id;
// whoever signs in and gives the code becomes a representative with the role. Only the code's hash is kept.
public sealed class Invitation
{
    public const int DaysValid = 14;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid AssociationId { get; init; }
    public required string CodeHash { get; init; }
    public RepresentativeRole Role { get; init; }
    public Guid CreatedById { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public Guid? AcceptedById { get; private set; }
    public uint Version { get; private set; }

    // Letters and digits that cannot be mistaken for each other when read aloud or typed from a mail.
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Normalize(string code) => new([.. code.ToUpperInvariant().Where(c => Alphabet.Contains(c))]);

    public string? WhyNotAccepted(DateTimeOffset now) =>
        AcceptedAt is not null ? "The invitation has already been used."
        : now >= ExpiresAt ? $"The invitation expired {ExpiresAt:yyyy-MM-dd}; ask the chair for a new one."
        : null;

    public void Accept(Guid userId, DateTimeOffset now) => (AcceptedAt, AcceptedById) = (now, userId);
}
