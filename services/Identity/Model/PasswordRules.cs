namespace Frivillighed.Identity.Model;

// Passwords after NIST SP 800-63B-4: long (at least 15 characters; a sentence of a few words is good), no rules
// about kinds of characters, and refused when common, repetitive, sequential or built from the person's own name or
// address. The list here is short (the most used long passwords and Danish variants); production can add a check
// against a breached-password service.
public static class PasswordRules
{
    public const int MinLength = 15;
    public const int MaxLength = 128;

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012345", "1234567890123456", "12345678901234567890", "password1234567", "passwordpassword", "qwertyuiopasdfg",
        "qwertyuiopasdfgh", "qwertyuiop123456", "iloveyouiloveyou", "adgangskode1234", "adgangskodeadgangskode", "kodeordkodeord1",
        "faxekommune1234", "faxekommune2026", "faxekommune2027", "frivillighed123", "frivillighed2026", "foreningsliv123",
        "sommerfugl12345", "mitkodeord12345", "hejmeddig123456", "danmark12345678", "danmarkdanmark1", "welcome12345678",
        "letmein12345678", "administrator12", "administrator123", "abcdefghijklmno", "aaaaaaaaaaaaaaa", "passw0rdpassw0rd",
        "correcthorsebatterystaple", "trustno1trustno1", "football1234567", "fodbold12345678", "superman1234567",
    };

    // The reason in Danish, or null when the password is good.
    public static string? Problem(string? password, string email, string name)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "Skriv en adgangskode.";
        }

        if (password.Length < MinLength)
        {
            return $"Adgangskoden skal have mindst {MinLength} tegn. Brug gerne nogle ord i en sætning, du kan huske.";
        }

        if (password.Length > MaxLength)
        {
            return $"Adgangskoden må højst have {MaxLength} tegn.";
        }

        var lower = password.ToLowerInvariant();
        if (Common.Contains(password) || password.Distinct().Count() <= 3 || IsSequence(lower))
        {
            return "Adgangskoden er for nem at gætte: den bruges af mange eller er en simpel række. Vælg en anden.";
        }

        var local = email.Split('@')[0].ToLowerInvariant();
        if ((local.Length >= 4 && lower.Contains(local, StringComparison.Ordinal))
            || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(part => part.Length >= 4 && lower.Contains(part.ToLowerInvariant(), StringComparison.Ordinal)))
        {
            return "Adgangskoden må ikke indeholde dit navn eller din e-mailadresse.";
        }

        return null;
    }

    private static bool IsSequence(string text) =>
        Enumerable.Range(1, text.Length - 1).All(i => text[i] - text[i - 1] == 1) || Enumerable.Range(1, text.Length - 1).All(i => text[i - 1] - text[i] == 1);
}
