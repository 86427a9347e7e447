using Frivillighed.Contracts.Associations;
using Frivillighed.Contracts.Booking;
using Frivillighed.Notifications.Data;
using Frivillighed.Notifications.Mails;
using Frivillighed.ServiceDefaults;
using MassTransit;

namespace Frivillighed.Notifications.Consumers;

// Booking mails go to the association's booking contacts and its chair. A weekly series is one mail (keyed by the
// series), not one per week; the season's series are told by the season mail; the municipality's own bookings
// (no association) need no mail.
public sealed class BookingMails(NotificationsDbContext db, MailQueue mails, ILogger<BookingMails> logger)
    : IConsumer<BookingConfirmed>, IConsumer<BookingCancelled>, IConsumer<BookingRightSuspended>, IConsumer<BookingRightRestored>,
        IConsumer<SeasonAllocationPublished>, IConsumer<ClosedPeriodAdded>
{
    private const string Name = "booking-mails";
    private static readonly RepresentativeRole[] Bookers = [RepresentativeRole.BookingContact, RepresentativeRole.Chair];

    public Task Consume(ConsumeContext<BookingConfirmed> context)
    {
        var m = context.Message;
        if (m.AssociationId is not { } associationId || m.SeasonRoundId is not null)
        {
            return Task.CompletedTask;
        }

        return db.MailOnceAsync(context, Name, async ct =>
        {
            var values = new Dictionary<string, string>
            {
                ["Facility"] = m.FacilityName,
                ["When"] = m.SeriesId is null ? DanishFormat.Period(m.StartsAt, m.EndsAt)
                    : $"hver {DanishFormat.Weekday(Copenhagen.ToLocal(m.StartsAt).DayOfWeek)} kl. {DanishFormat.Time(m.StartsAt)}–{DanishFormat.Time(m.EndsAt)}",
                ["Activity"] = m.Activity,
                ["Price"] = m.Price == 0 ? "gratis" : DanishFormat.Money(m.Price),
                ["Series"] = m.SeriesId is null ? "" : Html.Paragraph("Det er en ugentlig serie. Alle datoerne står på seriens side."),
                ["BookingUrl"] = m.SeriesId is { } series
                    ? $"{mails.Portal}/min-forening/{associationId}/bookinger/serie/{series}"
                    : $"{mails.Portal}/min-forening/{associationId}/bookinger/{m.BookingId}",
            };
            await ToBookersAsync(context, associationId, "booking-confirmed", values, ct, key: m.SeriesId?.ToString());
        }, logger);
    }

    public Task Consume(ConsumeContext<BookingCancelled> context)
    {
        var m = context.Message;
        if (m.AssociationId is not { } associationId)
        {
            return Task.CompletedTask;
        }

        return db.MailOnceAsync(context, Name, ct => ToBookersAsync(context, associationId, "booking-cancelled", new()
        {
            ["Activity"] = m.Activity ?? "jeres aktivitet",
            ["When"] = m.SeriesId is null ? DanishFormat.Period(m.StartsAt, m.EndsAt)
                : $"fra {DanishFormat.Date(m.StartsAt)} (en ugentlig serie: alle tider fra den dag)",
            ["Reason"] = m.Reason,
            ["Fee"] = m.LateCancellation
                ? Html.Paragraph("Bookingen blev afbestilt mindre end 7 dage før, så den er registreret som en sen afbestilling. Efter kommunens regler kan sene afbestillinger og udeblivelser koste foreningen retten til at booke.")
                : "",
            ["BookingsUrl"] = $"{mails.Portal}/min-forening/{associationId}/bookinger",
        }, ct, key: m.SeriesId is { } series ? $"{series}:{m.OccurredAt:O}" : null), logger);
    }

    public Task Consume(ConsumeContext<BookingRightSuspended> context)
    {
        var m = context.Message;
        return db.MailOnceAsync(context, Name, ct => ToBookersAsync(context, m.AssociationId, "booking-right-suspended",
            new() { ["NoShows"] = m.ConsecutiveNoShows.ToString(DanishFormat.Culture) }, ct), logger);
    }

    public Task Consume(ConsumeContext<BookingRightRestored> context)
    {
        var m = context.Message;
        return db.MailOnceAsync(context, Name, ct => ToBookersAsync(context, m.AssociationId, "booking-right-restored",
            new() { ["Reason"] = m.Reason }, ct), logger);
    }

    // One mail per association with every wish it made and what came of it.
    public Task Consume(ConsumeContext<SeasonAllocationPublished> context)
    {
        var m = context.Message;
        return db.MailOnceAsync(context, Name, async ct =>
        {
            foreach (var wishes in (m.Outcomes ?? []).Where(o => o.AssociationId is not null).GroupBy(o => o.AssociationId!.Value))
            {
                await ToBookersAsync(context, wishes.Key, "season-outcome", new()
                {
                    ["Season"] = m.Name,
                    ["Period"] = $"{DanishFormat.Date(m.SeasonStart)} til {DanishFormat.Date(m.SeasonEnd)}",
                    ["Outcomes"] = Html.List(wishes.Select(Outcome)),
                    ["SeasonUrl"] = $"{mails.Portal}/min-forening/{wishes.Key}/saeson",
                }, ct);
            }
        }, logger);
    }

    // Each association with bookings in a closed period is told which, and why; the bookings stand until it acts.
    public Task Consume(ConsumeContext<ClosedPeriodAdded> context)
    {
        var m = context.Message;
        return db.MailOnceAsync(context, Name, async ct =>
        {
            foreach (var hit in m.Bookings.Where(b => b.AssociationId is not null).GroupBy(b => b.AssociationId!.Value))
            {
                await ToBookersAsync(context, hit.Key, "closed-period", new()
                {
                    ["Facility"] = m.FacilityName,
                    ["Period"] = m.From == m.To ? DanishFormat.Date(m.From) : $"{DanishFormat.Date(m.From)} til {DanishFormat.Date(m.To)}",
                    ["Reason"] = m.Reason,
                    ["Bookings"] = Html.List(hit.Select(b => $"{DanishFormat.Period(b.StartsAt, b.EndsAt)}: {b.Activity}")),
                    ["BookingsUrl"] = $"{mails.Portal}/min-forening/{hit.Key}/bookinger",
                }, ct);
            }
        }, logger);
    }

    private static string Outcome(SeasonWishOutcome o)
    {
        var wish = $"{Capital(DanishFormat.Weekday(o.Weekday))} {DanishFormat.Time(o.Start)}–{DanishFormat.Time(o.End)}, {o.Activity}: ";
        return o.Outcome switch
        {
            "Granted" => wish + $"tildelt ({o.FacilityName}, hele sæsonen).",
            "GrantedAlternative" when o.AllocatedWeekday is { } day && o.AllocatedStart is { } start && o.AllocatedEnd is { } end =>
                wish + $"I fik i stedet {o.FacilityName}, {DanishFormat.Weekday(day)} {DanishFormat.Time(start)}–{DanishFormat.Time(end)}, hele sæsonen.",
            _ => wish + "ikke tildelt: tiden var fordelt til en forening med højere prioritet, eller intet lokale passede. Se begrundelsen på portalen.",
        };
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpper(text[0], DanishFormat.Culture) + text[1..];

    private async Task ToBookersAsync<T>(ConsumeContext<T> context, Guid associationId, string template, Dictionary<string, string> values,
        CancellationToken ct, string? key = null) where T : class
    {
        values["Association"] = await mails.AssociationNameAsync(associationId, ct);
        values["AssociationUrl"] = $"{mails.Portal}/min-forening/{associationId}";
        foreach (var to in await mails.RepresentativesAsync(associationId, Bookers, ct))
        {
            await mails.AddAsync(context.MessageId!.Value, template, to, new Dictionary<string, string>(values), ct, associationId: associationId, key: key);
        }
    }
}
