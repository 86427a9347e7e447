using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Caching.Distributed;

namespace Frivillighed.Portal;

// The sign-in session (the user and their access, refresh and id tokens) stays on the server: the cookie holds
// only a random key. It keeps the tokens out of the browser and the cookie small (a proxy's 8 KB header line
// would refuse the ~10 KB a cookie with all three tokens needs). The cache is in memory, so a restart of the
// portal signs users out; several replicas need a shared IDistributedCache.
public sealed class SessionTicketStore(IDistributedCache cache) : ITicketStore
{
    private const string Prefix = "portal-session:";

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await RenewAsync(key, ticket);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) =>
        cache.SetAsync(Prefix + key, TicketSerializer.Default.Serialize(ticket), new DistributedCacheEntryOptions
        {
            AbsoluteExpiration = ticket.Properties.ExpiresUtc ?? DateTimeOffset.UtcNow.AddHours(8),
        });

    public async Task<AuthenticationTicket?> RetrieveAsync(string key) =>
        await cache.GetAsync(Prefix + key) is { } bytes ? TicketSerializer.Default.Deserialize(bytes) : null;

    public Task RemoveAsync(string key) => cache.RemoveAsync(Prefix + key);
}
