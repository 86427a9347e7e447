using Frivillighed.Portal.Clients.Booking;
using Frivillighed.Portal.Gateway;
using Frivillighed.Portal.Text;

namespace Frivillighed.Portal.Components.Pages.Association;

// A one-off booking or a weekly series as typed. Key is the idempotency key the form carries, so sending the
// same form twice (a double click, a reload) books once.
public sealed class BookingForm
{
    public string? Facility { get; set; }
    public string? Date { get; set; }
    public string? LastDate { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Activity { get; set; }
    public string? Key { get; set; }
    public string? Action { get; set; }

    public Guid? FacilityId => Guid.TryParse(Facility, out var id) ? id : null;

    // What the portal itself must say: the API cannot read what is not a date or a time.
    public List<(string FieldId, string Message)> Unreadable(bool series)
    {
        var errors = new List<(string, string)>();
        if (Danish.ParseDate(Date) is null) errors.Add(("dato", series ? "Skriv den første dato som dag-måned-år, fx 3-3-2027." : "Skriv datoen som dag-måned-år, fx 3-3-2027."));
        if (series && Danish.ParseDate(LastDate) is null) errors.Add(("sidste", "Skriv den sidste dato som dag-måned-år, fx 30-6-2027."));
        if (Danish.ParseTime(Start) is null) errors.Add(("fra", "Skriv starttidspunktet som tt:mm, fx 18:00."));
        if (Danish.ParseTime(End) is null) errors.Add(("til", "Skriv sluttidspunktet som tt:mm, fx 20:00."));
        return errors;
    }

    public List<(string FieldId, string Message)> Errors(ApiProblem problem) => problem.Fields(
        ("FacilityId", "lokale", "Vælg et lokale."),
        ("Date", "dato", "Skriv en dato, og et sluttidspunkt efter starttidspunktet."),
        ("FirstDate", "dato", "Skriv en første dato, og et sluttidspunkt efter starttidspunktet."),
        ("Start", "fra", "Skriv et starttidspunkt før sluttidspunktet."),
        ("End", "til", "Sluttidspunktet skal ligge efter starttidspunktet samme dag."),
        ("LastDate", "sidste", "Den sidste dato skal ligge efter den første og højst 53 uger senere."),
        ("Activity", "aktivitet", "Skriv hvad lokalet skal bruges til (højst 200 tegn), fx Fodboldtræning U12."));

    // A broken booking rule in Danish, from the API's code for it and the facility's own figures; the API's sentence
    // when the code is one this page does not know.
    public string Rule(string? code, string text, FacilityResponse facility, DateOnly today)
    {
        var date = Danish.ParseDate(Date);
        var hours = date is { } d ? facility.OpeningHours.FirstOrDefault(h => (int)h.Day == (int)d.DayOfWeek) : null;
        var weekday = date is { } day ? Danish.Weekday(day.DayOfWeek) : "";
        var minutes = Danish.ParseTime(Start) is { } from && Danish.ParseTime(End) is { } to ? (int)(to - from).TotalMinutes : 0;
        return code switch
        {
            "NonexistentTime" => "Tidspunktet findes ikke den dag: klokken springer en time frem, når sommertiden begynder.",
            "Begun" => "Tidspunktet er allerede begyndt. Vælg en senere tid.",
            "TooFarAhead" => $"{facility.Name} kan højst bookes {facility.BookableDaysAhead} dage frem, til og med {Danish.Date(today.AddDays(facility.BookableDaysAhead))}.",
            "Duration" => $"En booking af {facility.Name} varer {facility.MinimumMinutes}–{facility.MaximumMinutes} minutter. Denne varer {minutes} minutter.",
            "ClosedDay" => $"{facility.Name} har lukket om {weekday}en.",
            "OpeningHours" when hours is not null => $"{facility.Name} har åbent {Danish.Time(hours.Opens)}–{Danish.Time(hours.Closes)} om {weekday}en.",
            "BookingUnit" => $"Bookinger af {facility.Name} starter og slutter i hele enheder på {facility.BookingUnitMinutes} minutter fra åbningstid"
                + (hours is null ? "." : $" kl. {Danish.Time(hours.Opens)}."),
            "Closed" => $"{facility.Name} er lukket den dag. {text}",
            _ => text,
        };
    }

    // Taken times in Danish, without who holds them.
    public static string Taken(SlotConflict c) => c.Start is { } from && c.End is { } to
        ? $"{Danish.Capital(Danish.Date(c.Date))}: optaget {Danish.Time(from)}–{Danish.Time(to)}"
        : $"{Danish.Capital(Danish.Date(c.Date))}: lukket ({c.Reason})";
}
