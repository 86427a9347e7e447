using System.Security.Claims;
using Frivillighed.Notifications.Data;
using Frivillighed.Notifications.Model;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Notifications.Apis;

public sealed record PreferencesResponse(string DisplayName, string Email, bool Reminders);

public sealed record PreferencesRequest(bool Reminders);

public sealed record MailLogEntry(Guid Id, string Template, string Subject, string RecipientName, string RecipientEmail, Guid? AssociationId,
    MailStatus Status, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

public sealed record MailLogPage(List<MailLogEntry> Items, int Total, int Failed, int Pending);

// A person's own choice of what is not essential (reminders), and the mail log for staff ("did they get it?").
public static class NotificationsApi
{
    public const int PageSize = 50;

    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization();
        api.MapGet("/me", GetPreferences).WithSummary("The signed-in person's address and mail choices").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/me", SetPreferences).WithSummary("Turn reminders on or off for the signed-in person (decisions always arrive)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/mails", ListMails).WithSummary("The mail log, newest first: who got which mail, when, and why one failed (staff)")
            .RequireAuthorization(PlatformAuthentication.StaffPolicy);
        return app;
    }

    public static async Task<Results<Ok<PreferencesResponse>, ProblemHttpResult>> GetPreferences(NotificationsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == user.UserId(), ct);
        return person is null
            ? NotKnown()
            : TypedResults.Ok(new PreferencesResponse(person.DisplayName, person.Email, person.Reminders));
    }

    public static async Task<Results<Ok<PreferencesResponse>, ProblemHttpResult>> SetPreferences(
        PreferencesRequest request, NotificationsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.UserId == user.UserId(), ct);
        if (person is null)
        {
            return NotKnown();
        }

        person.Reminders = request.Reminders;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new PreferencesResponse(person.DisplayName, person.Email, person.Reminders));
    }

    public static async Task<Ok<MailLogPage>> ListMails(NotificationsDbContext db, MailStatus? status, string? q, int? page, CancellationToken ct)
    {
        var mails = db.Mails.AsNoTracking();
        if (status is { } s)
        {
            mails = mails.Where(m => m.Status == s);
        }

        if (q?.Trim() is { Length: > 0 } text)
        {
            var pattern = $"%{text.Replace("%", "").Replace("_", "")}%";
            mails = mails.Where(m => EF.Functions.ILike(m.RecipientEmail, pattern) || EF.Functions.ILike(m.RecipientName, pattern));
        }

        var items = await mails.OrderByDescending(m => m.CreatedAt).Skip((Math.Max(page ?? 1, 1) - 1) * PageSize).Take(PageSize)
            .Select(m => new MailLogEntry(m.Id, m.Template, m.Subject, m.RecipientName, m.RecipientEmail, m.AssociationId, m.Status, m.Attempts,
                m.LastError, m.CreatedAt, m.SentAt))
            .ToListAsync(ct);
        return TypedResults.Ok(new MailLogPage(items, await mails.CountAsync(ct),
            await db.Mails.CountAsync(m => m.Status == MailStatus.Failed, ct), await db.Mails.CountAsync(m => m.Status == MailStatus.Pending, ct)));
    }

    private static ProblemHttpResult NotKnown() =>
        Problems.NotFound("Your name and e-mail address have not reached the mail service yet; try again in a moment.");
}
