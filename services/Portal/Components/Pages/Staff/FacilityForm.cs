using Frivillighed.Portal.Clients.Booking;
using Frivillighed.Portal.Text;

namespace Frivillighed.Portal.Components.Pages.Staff;

// A facility as the case worker types it (text kept as typed, so a form with errors comes back as sent), turned
// into the API's FacilityRequest, and the API's refusals mapped to the fields.
public sealed class FacilityForm
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Town { get; set; }
    public string? Address { get; set; }
    public string? Capacity { get; set; }
    public bool WheelchairAccess { get; set; }
    public bool HearingLoop { get; set; }
    public string? Equipment { get; set; }
    public string? BookingUnit { get; set; } = "30";
    public string? MinimumMinutes { get; set; } = "60";
    public string? MaximumMinutes { get; set; } = "240";
    public string? BookableDaysAhead { get; set; } = "180";
    public string? HourlyPrice { get; set; } = "0";
    // Per weekday, Monday first (Danish.WeekDays): blank is closed that day.
    public List<string?> Opens { get; set; } = [];
    public List<string?> Closes { get; set; } = [];

    public static FacilityForm From(FacilityResponse f) => new()
    {
        Name = f.Name, Kind = f.Kind.ToString(), Town = f.Town, Address = f.Address, Capacity = f.Capacity.ToString(), WheelchairAccess = f.WheelchairAccess,
        HearingLoop = f.HearingLoop, Equipment = string.Join(", ", f.Equipment), BookingUnit = f.BookingUnitMinutes.ToString(),
        MinimumMinutes = f.MinimumMinutes.ToString(), MaximumMinutes = f.MaximumMinutes.ToString(), BookableDaysAhead = f.BookableDaysAhead.ToString(),
        HourlyPrice = Danish.MoneyInput(f.HourlyPrice),
        Opens = [.. Danish.WeekDays.Select(d => f.OpeningHours.FirstOrDefault(h => (int)h.Day == (int)d) is { } h ? Danish.Time(h.Opens) : null)],
        Closes = [.. Danish.WeekDays.Select(d => f.OpeningHours.FirstOrDefault(h => (int)h.Day == (int)d) is { } h ? Danish.Time(h.Closes) : null)],
    };

    public (FacilityRequest? Request, List<(string FieldId, string Message)> Errors) ToRequest()
    {
        var errors = new List<(string, string)>();
        int Number(string? text, string field, string message)
        {
            if (int.TryParse(text?.Trim(), out var n)) return n;
            errors.Add((field, message));
            return 0;
        }

        var capacity = string.IsNullOrWhiteSpace(Capacity) ? (int?)null : Number(Capacity, "kapacitet", "Skriv antal personer som et helt tal, fx 200.");
        var minimum = Number(MinimumMinutes, "min", "Skriv korteste booking i minutter, fx 60.");
        var maximum = Number(MaximumMinutes, "max", "Skriv længste booking i minutter, fx 240.");
        var ahead = Number(BookableDaysAhead, "frem", "Skriv antal dage som et helt tal, fx 180.");
        var price = Danish.ParseMoney(HourlyPrice);
        if (price is null) errors.Add(("pris", "Skriv timeprisen i kroner, fx 150 eller 0."));
        var hours = new List<OpeningHoursRequest>();
        for (var i = 0; i < Danish.WeekDays.Length; i++)
        {
            var (opens, closes) = (Opens.ElementAtOrDefault(i), Closes.ElementAtOrDefault(i));
            if (string.IsNullOrWhiteSpace(opens) && string.IsNullOrWhiteSpace(closes)) continue;
            var (o, c) = (Danish.ParseTime(opens), Danish.ParseTime(closes));
            if (o is null || c is null || c <= o)
            {
                errors.Add(($"aabner-{i}", $"Skriv åbningstiden {Danish.Weekday(Danish.WeekDays[i])} som tt:mm–tt:mm, fx 08:00 og 22:00, eller lad begge felter stå tomme."));
                continue;
            }

            hours.Add(new OpeningHoursRequest { Day = (Frivillighed.Portal.Clients.Booking.DayOfWeek)(int)Danish.WeekDays[i], Opens = o, Closes = c });
        }

        if (errors.Count > 0) return (null, errors);
        return (new FacilityRequest
        {
            Name = Name, Kind = Enum.TryParse<FacilityKind>(Kind, out var k) ? k : null, Town = string.IsNullOrEmpty(Town) ? null : Town, Address = Address,
            Capacity = capacity, WheelchairAccess = WheelchairAccess, HearingLoop = HearingLoop,
            Equipment = [.. (Equipment ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            OpeningHours = hours, BookingUnitMinutes = int.TryParse(BookingUnit, out var unit) ? unit : 30, MinimumMinutes = minimum, MaximumMinutes = maximum,
            BookableDaysAhead = ahead, HourlyPrice = (double)price!.Value,
        }, errors);
    }

    public static List<(string FieldId, string Message)> Refusal(Gateway.ApiProblem problem) => problem.Fields(
        ("Name", "navn", "Skriv lokalets navn (højst 200 tegn)."),
        ("Kind", "type", "Vælg, hvilken slags lokale det er."),
        ("Town", "by", "Vælg byen."),
        ("Address", "adresse", "Skriv adressen (højst 200 tegn)."),
        ("Capacity", "kapacitet", "Skriv, hvor mange personer lokalet er til (mere end 0)."),
        ("Equipment", "udstyr", "Højst 50 slags udstyr, hver højst 100 tegn, adskilt af komma."),
        ("MinimumMinutes", "min", "Korteste og længste booking er hele bookingenheder, og den længste er mindst den korteste."),
        ("BookableDaysAhead", "frem", "Der kan bookes 0–730 dage frem."),
        ("HourlyPrice", "pris", "Timeprisen er 0–100.000 kr."),
        ("OpeningHours", "aabner-0", "Hver ugedag har højst én åbningstid, og lokalet åbner, før det lukker."));
}
