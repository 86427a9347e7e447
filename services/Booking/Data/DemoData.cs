using Frivillighed.Booking.Model;
using Frivillighed.Data;
using Frivillighed.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Booking.Data;

// A dozen premises of different kinds across Faxe Kommune's towns, with opening hours and prices, a Christmas
// closing, the next season's round (requests in February), and a weekly municipal booking (the youth school).
public sealed class DemoData(TimeProvider time) : IDemoData<BookingDbContext>
{
    public async Task SeedAsync(BookingDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Facilities.AnyAsync(cancellationToken))
        {
            return;
        }

        Facility New(string name, FacilityKind kind, string town, string address, int capacity, decimal price, string[] equipment,
            bool wheelchair = true, bool hearingLoop = false, int weekdayClose = 22) => new()
        {
            Name = name, Kind = kind, Town = town, Address = address, Capacity = capacity, HourlyPrice = price, Equipment = [.. equipment],
            WheelchairAccess = wheelchair, HearingLoop = hearingLoop,
            OpeningHours = Enum.GetValues<DayOfWeek>().Select(day => day is DayOfWeek.Saturday or DayOfWeek.Sunday
                ? new OpeningHours { Day = day, Opens = new(8, 0), Closes = new(18, 0) }
                : new OpeningHours { Day = day, Opens = new(7, 0), Closes = new(weekdayClose, 0) }).ToList(),
        };

        var hal1 = New("Haslev Hallerne, hal 1", FacilityKind.Hall, "Haslev", "Frederiksgade 42, 4690 Haslev", 300, 450m, ["Håndboldmål", "Basketkurve", "Lydanlæg"]);
        var hal2 = New("Haslev Hallerne, hal 2", FacilityKind.Hall, "Haslev", "Frederiksgade 42, 4690 Haslev", 150, 350m, ["Badmintonnet", "Måtter"]);
        db.Facilities.AddRange(
            hal1, hal2,
            New("Haslev Bibliotek, mødelokale", FacilityKind.MeetingRoom, "Haslev", "Jernbanegade 11, 4690 Haslev", 20, 150m, ["Projektor", "Whiteboard"], hearingLoop: true, weekdayClose: 21),
            New("Faxe Hallen", FacilityKind.Hall, "Faxe", "Hovedgaden 28, 4640 Faxe", 250, 400m, ["Håndboldmål", "Lydanlæg"]),
            New("Faxe Stadion, bane 1", FacilityKind.Pitch, "Faxe", "Stadionvej 2, 4640 Faxe", 60, 300m, ["Fodboldmål", "Lysanlæg"]),
            New("Faxe Svømmehal", FacilityKind.SwimmingPool, "Faxe", "Hovedgaden 30, 4640 Faxe", 80, 600m, ["Baner", "Startskamler"], weekdayClose: 21),
            New("Faxe Ladeplads Havnehus", FacilityKind.Room, "Faxe Ladeplads", "Havnevej 1, 4654 Faxe Ladeplads", 40, 200m, ["Køkken"], wheelchair: false),
            New("Rønnede Skole, gymnastiksal", FacilityKind.Hall, "Rønnede", "Skolevej 5, 4683 Rønnede", 60, 250m, ["Ribber", "Måtter"]),
            New("Karise Medborgerhus", FacilityKind.Room, "Karise", "Stationsvej 3, 4653 Karise", 80, 250m, ["Køkken", "Projektor"], hearingLoop: true),
            New("Dalby Skole, sløjdlokale", FacilityKind.Workshop, "Dalby", "Skolevej 10, 4690 Dalby", 16, 200m, ["Høvlebænke", "Båndsav"], weekdayClose: 21),
            New("Terslev Kultur- og Idrætshus, bane", FacilityKind.Pitch, "Terslev", "Ny Tolstrupvej 2, 4690 Terslev", 40, 200m, ["Fodboldmål"]),
            New("Rådhuset Haslev, mødesal", FacilityKind.MeetingRoom, "Haslev", "Frederiksgade 9, 4690 Haslev", 60, 0m, ["Projektor", "Teleslynge"], hearingLoop: true));

        var today = Copenhagen.Today(time.GetUtcNow());
        var christmas = new DateOnly(today.Month == 12 && today.Day > 23 ? today.Year + 1 : today.Year, 12, 23);
        db.ClosedPeriods.AddRange(
            new ClosedPeriod { FacilityId = hal1.Id, From = christmas, To = christmas.AddDays(9), Reason = "Juleferie" },
            new ClosedPeriod { FacilityId = hal2.Id, From = christmas, To = christmas.AddDays(9), Reason = "Juleferie" });

        // The next season: week 33 to week 26, requests 1–21 February before it.
        var seasonYear = today.Month >= 3 ? today.Year + 1 : today.Year;
        db.SeasonRounds.Add(new SeasonRound
        {
            Name = $"Sæson {seasonYear}/{(seasonYear + 1) % 100:00}",
            SeasonStart = DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(seasonYear, 33, DayOfWeek.Monday)),
            SeasonEnd = DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(seasonYear + 1, 26, DayOfWeek.Sunday)),
            RequestsOpen = new DateOnly(seasonYear, 2, 1), RequestsClose = new DateOnly(seasonYear, 2, 21), CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);

        // The youth school's weekly Wednesday evening in hall 2 for the next eight weeks (outside the Christmas closing).
        var firstWednesday = today.AddDays(((int)DayOfWeek.Wednesday - (int)today.DayOfWeek + 7) % 7 + 7);
        var dates = BookingRules.Weekly(firstWednesday, firstWednesday.AddDays(7 * 7)).Where(d => d < christmas || d > christmas.AddDays(9)).ToList();
        var series = new BookingSeries
        {
            FacilityId = hal2.Id, Activity = "Ungdomsskolen: idræt", FirstDate = dates[0], LastDate = dates[^1],
            Start = new(18, 0), End = new(20, 0), CreatedById = Guid.Empty, CreatedAt = time.GetUtcNow(),
        };
        db.Series.Add(series);
        db.AddBookings(hal2, dates, series.Start, series.End, new NewBooking(null, series.Activity, 0m, Guid.Empty, "Faxe Kommune", series.Id), time);
        await db.SaveChangesAsync(cancellationToken);
    }
}
