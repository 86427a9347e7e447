using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.TestSupport;
using Npgsql;
using NpgsqlTypes;

namespace Frivillighed.Benchmarks;

// Booking writes through the gateway with real tokens: Identity, Booking and the gateway run as processes.
// 32 clients book distinct one-hour slots (no conflicts: every request is a write) on one facility (all of
// them queue for its row lock) and spread over 20 facilities; the floor is the raw insert rate of the same
// rows into the same table (exclusion constraint included) over 32 connections, and the same-shape transaction
// (lock, insert, outbox row, commit) done by PostgreSQL alone, both measured in this run.
public static class BookingBenchmark
{
    private const int Concurrency = 32;
    private const int Facilities = 20;
    private const int SlotsPerDay = 15; // 07:00–22:00
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    public static async Task RunAsync()
    {
        var bookingDb = new TestDatabase();
        var identityDb = new TestDatabase();
        var gatewayDb = new TestDatabase();
        var (identityPort, bookingPort, gatewayPort) = (BenchHost.FreePort(), BenchHost.FreePort(), BenchHost.FreePort());
        var root = BenchHost.FindRoot();
        var issuer = $"http://127.0.0.1:{identityPort}/";
        Dictionary<string, string> Trusting(Dictionary<string, string> environment)
        {
            environment["Identity__Authority"] = issuer;
            environment["Identity__Issuer"] = issuer;
            return environment;
        }

        using var identity = BenchHost.StartIdentity(root, identityDb, identityPort);
        using var booking = BenchHost.Start(Path.Combine(root, "services/Booking/bin/Release/net10.0/Booking.dll"), bookingPort, Trusting(new()
        {
            ["ConnectionStrings__bookingdb"] = bookingDb.ConnectionString,
            ["ConnectionStrings__messaging"] = TestServers.RabbitMq,
            ["Messaging__QueuePrefix"] = "bench-booking",
        }));
        using var gateway = BenchHost.Start(Path.Combine(root, "gateway/bin/Release/net10.0/Gateway.dll"), gatewayPort, Trusting(new()
        {
            ["ReverseProxy__Clusters__booking__Destinations__d1__Address"] = $"http://127.0.0.1:{bookingPort}",
            ["ConnectionStrings__gatewaydb"] = gatewayDb.ConnectionString,
            ["Gateway__RateLimit__PermitLimit"] = "100000000",
        }));
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency * 2 });
            await BenchHost.WaitUntilUpAsync(client, $"{issuer}.well-known/openid-configuration");
            await BenchHost.WaitUntilUpAsync(client, $"http://127.0.0.1:{gatewayPort}/api/facilities");
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BenchHost.StaffTokenAsync(client, issuer));
            var api = $"http://127.0.0.1:{gatewayPort}/api";
            var facilities = new List<Guid>();
            for (var i = 0; i < Facilities * 3 + 1; i++)
            {
                facilities.Add(await NewFacilityAsync(client, api, $"Bench hal {i}"));
            }

            var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
            // Warm-up: the JIT (tiered compilation) and the connection pools settle before anything is measured.
            await BookAsync(client, api, facilities.Skip(1 + 2 * Facilities).ToList(), start, TimeSpan.FromSeconds(15));
            var one = await BookAsync(client, api, [facilities[0]], start, Duration);
            var cpu = (Gateway: BenchHost.CpuMilliseconds(gateway), Booking: BenchHost.CpuMilliseconds(booking), Identity: BenchHost.CpuMilliseconds(identity),
                Postgres: BenchHost.PostgresCpuMilliseconds(), Client: BenchHost.CpuMilliseconds(Process.GetCurrentProcess()));
            var spread = await BookAsync(client, api, facilities.Skip(1).Take(Facilities).ToList(), start, Duration);
            var made = spread.Samples.Count;
            var perBooking = (Gateway: (BenchHost.CpuMilliseconds(gateway) - cpu.Gateway) / made, Booking: (BenchHost.CpuMilliseconds(booking) - cpu.Booking) / made,
                Identity: (BenchHost.CpuMilliseconds(identity) - cpu.Identity) / made, Postgres: (BenchHost.PostgresCpuMilliseconds() - cpu.Postgres) / made,
                Client: (BenchHost.CpuMilliseconds(Process.GetCurrentProcess()) - cpu.Client) / made);
            var raw = await RawInsertAsync(bookingDb, facilities.Skip(1 + Facilities).Take(Facilities).ToList(), start, Duration);
            // The same work as the API's transaction, by PostgreSQL alone: later days of the same facilities, so the
            // rows and the constraint are the API's own.
            var later = start.AddDays(400);
            var sameOne = await SameShapeAsync(bookingDb, [facilities[0]], later, Duration);
            var sameSpread = await SameShapeAsync(bookingDb, facilities.Skip(1).Take(Facilities).ToList(), later, Duration);

            Console.WriteLine($"Booking writes: POST /api/bookings through the gateway, {Concurrency} concurrent clients, {Duration.TotalSeconds:0} s each");
            Print("one facility     ", one);
            Print($"{Facilities} facilities    ", spread);
            Print("raw INSERT (SQL) ", raw);
            Print("same shape, one  ", sameOne);
            Print($"same shape, {Facilities}   ", sameSpread);
            Console.WriteLine($"  API/raw throughput ratio: one facility {one.Throughput / raw.Throughput:0.00}, {Facilities} facilities {spread.Throughput / raw.Throughput:0.00}");
            Console.WriteLine($"  API/same-shape floor: one facility {one.Throughput / sameOne.Throughput:0.00}, {Facilities} facilities {spread.Throughput / sameSpread.Throughput:0.00}"
                + $" (aim ≥ 0.5; p99 on one facility {one.P99:0} ms, aim ≤ 100)");
            Console.WriteLine($"  CPU per booking ({Facilities} facilities): gateway {perBooking.Gateway:0.0} ms, Booking {perBooking.Booking:0.0} ms, PostgreSQL {perBooking.Postgres:0.0} ms,"
                + $" Identity {perBooking.Identity:0.0} ms, benchmark client {perBooking.Client:0.0} ms; {Environment.ProcessorCount} cores give {Environment.ProcessorCount * 1000.0 / (perBooking.Gateway + perBooking.Booking + perBooking.Postgres + perBooking.Identity + perBooking.Client):0} bookings/s at most");
            var overlaps = await bookingDb.ScalarAsync<long>("""
                SELECT count(*) FROM bookings a JOIN bookings b ON a.facility_id = b.facility_id AND a.id < b.id
                WHERE a.status = 'Confirmed' AND b.status = 'Confirmed' AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
                """);
            Console.WriteLine($"  overlapping confirmed bookings afterwards: {overlaps}");
        }
        finally
        {
            BenchHost.Stop(gateway);
            BenchHost.Stop(booking);
            BenchHost.Stop(identity);
            await bookingDb.DisposeAsync();
            await identityDb.DisposeAsync();
            await gatewayDb.DisposeAsync();
        }
    }

    private static void Print(string label, Load.Result r) =>
        Console.WriteLine($"  {label}: {r.Throughput,8:0} bookings/s  p50 {r.P50,6:0.00} ms  p99 {r.P99,6:0.00} ms  errors {r.Errors}");

    private static async Task<Load.Result> BookAsync(HttpClient client, string api, List<Guid> facilities, DateOnly start, TimeSpan duration)
    {
        var slots = new Slots(facilities, start);
        return await Load.RunAsync(Concurrency, duration, async () =>
        {
            var (facility, date, from, _) = slots.Next();
            using var response = await client.PostAsJsonAsync($"{api}/bookings", new
            {
                facilityId = facility, date = date.ToString("yyyy-MM-dd"), start = from.ToString("HH:mm"), end = from.AddHours(1).ToString("HH:mm"),
                activity = "Benchmark",
            });
            return response.IsSuccessStatusCode;
        });
    }

    private static async Task<Load.Result> RawInsertAsync(TestDatabase database, List<Guid> facilities, DateOnly start, TimeSpan duration)
    {
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        var slots = new Slots(facilities, start);
        return await Load.RunAsync(Concurrency, duration, async () =>
        {
            var (facility, _, _, startsAt) = slots.Next();
            await using var command = source.CreateCommand("""
                INSERT INTO bookings (id, facility_id, activity, starts_at, ends_at, status, price, booked_by_id, booked_by_name, booked_at, late_cancellation)
                VALUES (gen_random_uuid(), $1, 'Benchmark', $2, $3, 'Confirmed', 0, gen_random_uuid(), 'bench', now(), false)
                """);
            command.Parameters.Add(new() { Value = facility });
            command.Parameters.Add(new() { Value = startsAt });
            command.Parameters.Add(new() { Value = startsAt.AddHours(1) });
            return await command.ExecuteNonQueryAsync() == 1;
        });
    }

    // What one API booking does in PostgreSQL, with raw Npgsql: lock the facility's row, insert the booking under
    // the exclusion constraint, insert its outbox row (the NOTIFY trigger fires), commit.
    private static async Task<Load.Result> SameShapeAsync(TestDatabase database, List<Guid> facilities, DateOnly start, TimeSpan duration)
    {
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        var slots = new Slots(facilities, start);
        return await Load.RunAsync(Concurrency, duration, async () =>
        {
            var (facility, _, _, startsAt) = slots.Next();
            await using var connection = await source.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var batch = new NpgsqlBatch(connection, transaction)
            {
                BatchCommands =
                {
                    new("SELECT name FROM facilities WHERE id = $1 FOR UPDATE") { Parameters = { new() { Value = facility } } },
                    new("""
                        INSERT INTO bookings (id, facility_id, activity, starts_at, ends_at, status, price, booked_by_id, booked_by_name, booked_at, late_cancellation)
                        VALUES ($1, $2, 'Benchmark', $3, $4, 'Confirmed', 0, gen_random_uuid(), 'bench', now(), false)
                        """) { Parameters = { new() { Value = Guid.CreateVersion7() }, new() { Value = facility }, new() { Value = startsAt }, new() { Value = startsAt.AddHours(1) } } },
                    new("""
                        INSERT INTO outbox_messages (message_id, message_type, payload, created_at)
                        VALUES ($1, 'Frivillighed.Contracts.Booking.BookingConfirmed', $2, now())
                        """) { Parameters = { new() { Value = Guid.CreateVersion7() }, new() { Value = $"{{\"facilityId\":\"{facility}\",\"startsAt\":\"{startsAt:O}\"}}", NpgsqlDbType = NpgsqlDbType.Jsonb } } },
                },
            };
            await batch.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            return true;
        });
    }

    public static async Task<Guid> NewFacilityAsync(HttpClient client, string api, string name)
    {
        var response = await client.PostAsJsonAsync($"{api}/facilities", new
        {
            name, kind = "Hall", town = "Haslev", address = "Frederiksgade 42, 4690 Haslev", capacity = 100,
            openingHours = Enum.GetValues<DayOfWeek>().Select(day => new { day = day.ToString(), opens = "07:00", closes = "22:00" }),
            bookableDaysAhead = 730,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    // Each request takes the next facility's next free one-hour slot: slot k of a facility is day k / 15 at
    // 07:00 + k % 15 hours (local; StartsAt is the same hour in UTC + 1 for the raw statements).
    private sealed class Slots(List<Guid> facilities, DateOnly start)
    {
        private readonly int[] counters = new int[facilities.Count];
        private int next = -1;

        public (Guid Facility, DateOnly Date, TimeOnly From, DateTimeOffset StartsAt) Next()
        {
            var f = (int)((uint)Interlocked.Increment(ref next) % (uint)facilities.Count);
            var slot = Interlocked.Increment(ref counters[f]) - 1;
            var date = start.AddDays(slot / SlotsPerDay);
            return (facilities[f], date, new TimeOnly(7, 0).AddHours(slot % SlotsPerDay),
                new DateTimeOffset(date.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero).AddHours(slot % SlotsPerDay));
        }
    }
}
