using System.Security.Cryptography;
using System.Text;

namespace Frivillighed.ServiceDefaults;

// Secrets in links (a participant's cancel link, a calendar subscription): random, stored only as a SHA-256
// hash, compared in constant time.
public static class Secrets
{
    public static string NewToken() => RandomNumberGenerator.GetHexString(40, lowercase: true);

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool Matches(string? token, string? hash) =>
        token is not null && hash is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(hash));

    public static bool Same(string? given, string? expected) =>
        given is not null && expected is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
