using Frivillighed.Portal.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Portal;

// The sign-in session (the user and their access, refresh and id tokens) stays on the server: the cookie holds
// only a random key. It keeps the tokens out of the browser and the cookie small (a proxy's 8 KB header line
// would refuse the ~10 KB a cookie with all three tokens needs). Sessions live in the portal's database, so every
// replica knows them and a restart signs nobody out; the ticket is protected with the shared Data Protection keys.
public sealed class SessionTicketStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time) : ITicketStore
{
    private readonly IDataProtector protector = protection.CreateProtector("portal-sessions");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        // Sessions that ran out go as new ones begin.
        await db.Sessions.Where(s => s.ExpiresAt < time.GetUtcNow()).ExecuteDeleteAsync();
        db.Sessions.Add(new PortalSession { Key = key, Ticket = Protect(ticket), ExpiresAt = ExpiresAt(ticket) });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var scope = scopes.CreateAsyncScope();
        var bytes = Protect(ticket);
        var expiresAt = ExpiresAt(ticket);
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Sessions.Where(s => s.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.ExpiresAt, expiresAt));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = time.GetUtcNow();
        var bytes = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Sessions.AsNoTracking()
            .Where(s => s.Key == key && s.ExpiresAt > now).Select(s => s.Ticket).FirstOrDefaultAsync();
        return bytes is null ? null : TicketSerializer.Default.Deserialize(protector.Unprotect(bytes));
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Sessions.Where(s => s.Key == key).ExecuteDeleteAsync();
    }

    private byte[] Protect(AuthenticationTicket ticket) => protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private DateTimeOffset ExpiresAt(AuthenticationTicket ticket) => ticket.Properties.ExpiresUtc ?? time.GetUtcNow().AddHours(8);
}
