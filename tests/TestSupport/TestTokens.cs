using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Frivillighed.TestSupport;

// Access tokens for API tests, signed with a test key that ServiceFactory makes the service trust
// (the end-to-end tests get real tokens from the Identity service instead).
public static class TestTokens
{
    public const string Issuer = "https://identity.test/";
    public const string Audience = "frivillighed-api";

    public static readonly SymmetricSecurityKey Key = new(Encoding.UTF8.GetBytes("test-only-signing-key-0123456789abcdef0123456789"));

    public static string For(Guid userId, string name, string[] roles, string issuer = Issuer, string audience = Audience,
        DateTime? expires = null, SecurityKey? key = null)
    {
        var claims = new List<Claim> { new("sub", userId.ToString()), new("name", name) };
        claims.AddRange(roles.Select(role => new Claim("role", role)));
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(30);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = expiry.AddHours(-1),
            IssuedAt = expiry.AddHours(-1),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.HmacSha256),
        });
    }

    public static string Citizen(Guid userId) => For(userId, "Anna Borger", ["citizen"]);

    public static string Staff() => For(Guid.NewGuid(), "Dorte Medarbejder", ["staff"]);
}
