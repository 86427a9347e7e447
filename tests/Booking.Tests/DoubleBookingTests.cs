using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.TestSupport;
using Npgsql;

namespace Frivillighed.Booking.Tests;

public class DoubleBookingTests(TestDatabase database) : ApiTests<BookingApiFactory>(database)
{
    private BookingWorld world = null!;

    public override async Task InitializeAsync()
    {
        world = new BookingWorld(Factory, Database);
        await world.NewFacilityAsync("Warm-up");
    }

    // 1,000 attempts at once on one facility, 100 for each of ten hours, from a representative and from staff:
    // exactly one winner per hour, 990 answers of 409, no two confirmed bookings overlapping in the Database,
    // and every 201 a stored row.
    [Fact]
    public async Task AThousandConcurrentConflictingAttempts_OneWinnerPerSlot_NoOverlapInTheDatabase_Every201Stored()
    {
        var facility = await world.NewFacilityAsync("Faxe Hallen");
        var date = world.Next(DayOfWeek.Tuesday);
        var (association, representative) = await world.NewAssociationAsync();
        var attempts = Enumerable.Range(0, 1000).Select(i =>
        {
            var start = new TimeOnly(8, 0).AddHours(i % 10);
            var byStaff = i % 3 == 0;
            return (byStaff ? world.Staff : representative).PostAsJsonAsync("/api/bookings",
                BookingWorld.Booking(facility, byStaff ? null : association, date, start.ToString("HH:mm"), start.AddHours(1).ToString("HH:mm")));
        });

        var responses = await Task.WhenAll(attempts);

        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(10, statuses.GetValueOrDefault(HttpStatusCode.Created));
        Assert.Equal(990, statuses.GetValueOrDefault(HttpStatusCode.Conflict));
        var winners = new List<JsonElement>();
        foreach (var response in responses.Where(r => r.StatusCode == HttpStatusCode.Created))
        {
            winners.Add(await response.Content.ReadFromJsonAsync<JsonElement>());
        }

        Assert.Equal(10, winners.Select(w => w.GetProperty("start").GetString()).Distinct().Count());
        Assert.Equal(0, await Database.ScalarAsync<long>($"""
            SELECT count(*) FROM bookings a JOIN bookings b ON a.facility_id = b.facility_id AND a.id < b.id
            WHERE a.facility_id = '{facility}' AND a.status = 'Confirmed' AND b.status = 'Confirmed'
              AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
            """));
        var ids = string.Join(",", winners.Select(w => w.GetProperty("id").GetGuid()));
        Assert.Equal(10, await Database.ScalarAsync<long>($"SELECT count(*) FROM bookings WHERE facility_id = '{facility}' AND id = ANY('{{{ids}}}'::uuid[])"));
        Assert.Equal(10, await Database.ScalarAsync<long>($"SELECT count(*) FROM bookings WHERE facility_id = '{facility}'"));
    }

    // The guarantee is the Database's, not the API's: even a writer that skips the lock and the checks cannot
    // store an overlapping confirmed booking. A cancelled one does not count.
    [Fact]
    public async Task TheDatabaseItself_RefusesAnOverlappingConfirmedBooking()
    {
        var facility = await world.NewFacilityAsync("Rønnede Skole");
        const string insert = """
            INSERT INTO bookings (id, facility_id, activity, starts_at, ends_at, status, price, booked_by_id, booked_by_name, booked_at, late_cancellation)
            VALUES (gen_random_uuid(), '{0}', 'x', '2031-03-04 17:00+00', '2031-03-04 19:00+00', '{1}', 0, gen_random_uuid(), 'x', now(), false)
            """;
        await world.ExecuteAsync(string.Format(insert, facility, "Confirmed"));
        await world.ExecuteAsync(string.Format(insert, facility, "Cancelled"));

        var refused = await Assert.ThrowsAsync<PostgresException>(() => world.ExecuteAsync(string.Format(insert, facility, "Confirmed")));

        Assert.Equal(PostgresErrorCodes.ExclusionViolation, refused.SqlState);
    }
}
