using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts.Booking;
using Frivillighed.Messaging;
using Frivillighed.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Frivillighed.Benchmarks;

// The moment that matters most for a municipality: the season's allocation published, every weekly slot of
// every association becoming bookings at once, while people keep reading. Faxe scale: 1,500 weekly series
// over a 44-week season for 500 associations, on the demo facilities and as many more halls as it takes.
// Identity and Booking run as processes; requests, the draft and the publication go through Booking's API (the
// gateway's own overhead is the gateway benchmark's). The floor is a bulk insert of the same rows (bookings and
// their outbox rows, INSERT … SELECT) in the same database, in this run.
public static class SeasonBenchmark
{
    private const int Series = 1500;
    private const int Associations = 500;
    private const int Weeks = 44;
    private const int Readers = 4;
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(5);

    public static async Task RunAsync()
    {
        var bookingDb = new TestDatabase();
        var identityDb = new TestDatabase();
        var consumerDb = new TestDatabase();
        var (identityPort, bookingPort) = (BenchHost.FreePort(), BenchHost.FreePort());
        var root = BenchHost.FindRoot();
        var issuer = $"http://127.0.0.1:{identityPort}/";
        using var identity = BenchHost.StartIdentity(root, identityDb, identityPort);
        using var booking = BenchHost.Start(Path.Combine(root, "services/Booking/bin/Release/net10.0/Booking.dll"), bookingPort, new()
        {
            ["ConnectionStrings__bookingdb"] = bookingDb.ConnectionString,
            ["ConnectionStrings__messaging"] = TestServers.RabbitMq,
            ["Messaging__QueuePrefix"] = "bench-season-booking",
            ["Identity__Authority"] = issuer,
            ["Identity__Issuer"] = issuer,
            ["Platform__SeedDemoData"] = "true",
        });
        using var consumer = await StartConsumerAsync(consumerDb);
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { Timeout = TimeSpan.FromMinutes(10) };
            var api = $"http://127.0.0.1:{bookingPort}/api";
            await BenchHost.WaitUntilUpAsync(client, $"{issuer}.well-known/openid-configuration");
            await BenchHost.WaitUntilUpAsync(client, $"{api}/facilities");
            using var staff = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16 }) { Timeout = TimeSpan.FromMinutes(10) };
            staff.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BenchHost.StaffTokenAsync(client, issuer));

            var associations = await ApprovedAssociationsAsync(bookingDb);
            var slots = await WeeklySlotsAsync(staff, api);
            var round = await OpenRoundAsync(staff, api);
            Console.WriteLine($"Season publication: {Series} weekly requests from {Associations} associations, a {Weeks}-week season, {slots.Select(s => s.Facility).Distinct().Count()} facilities");
            var clock = Stopwatch.StartNew();
            var submitted = await SubmitAsync(staff, api, round, slots, associations);
            var submitSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            using var drafted = await staff.PostAsync($"{api}/seasons/{round}/draft", null);
            drafted.EnsureSuccessStatusCode();
            var granted = (await drafted.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Count(r => r.GetProperty("outcome").ToString() is "Granted" or "GrantedAlternative");
            Console.WriteLine($"  requests submitted  : {submitted} in {submitSeconds:0.0} s ({submitted / submitSeconds:0}/s); draft allocation {clock.Elapsed.TotalSeconds:0.0} s, {granted} granted");

            var url = $"{api}/facilities";
            await Load.GetAsync(client, url, Readers, TimeSpan.FromSeconds(2)); // warm-up
            var idle = await Load.GetAsync(client, url, Readers, Idle);

            SeasonConsumer.Expect(round);
            using var stop = new CancellationTokenSource();
            var reading = ReadUntilAsync(client, url, stop.Token);
            clock.Restart();
            using var response = await staff.PostAsJsonAsync($"{api}/seasons/{round}/publish", new { skipConflicts = true });
            var publishSeconds = clock.Elapsed.TotalSeconds;
            await stop.CancelAsync();
            var during = await reading;
            response.EnsureSuccessStatusCode();
            var published = await response.Content.ReadFromJsonAsync<JsonElement>();
            var bookings = published.GetProperty("bookingsCreated").GetInt32();
            Console.WriteLine($"  publication         : {publishSeconds:0.0} s for {bookings} bookings ({bookings / publishSeconds:0} bookings/s, each with its outbox row) (aim ≤ 30 s)");
            Console.WriteLine($"  GET /api/facilities : p99 idle {idle.P99:0.0} ms, during publication {during.P99:0.0} ms, ratio {during.P99 / idle.P99:0.00} (aim ≤ 2), errors {during.Errors}");
            await Eventually.Returns(() => Task.FromResult(SeasonConsumer.Received.Count), n => n >= bookings, "every BookingConfirmed at the consumer", 600);
            var consumedSeconds = Stopwatch.GetElapsedTime(SeasonConsumer.StartedAt, SeasonConsumer.LastArrival).TotalSeconds;
            Console.WriteLine($"  consumed            : every BookingConfirmed at a consumer {consumedSeconds:0.0} s after the publication began"
                + $" ({SeasonConsumer.Received.Count} distinct, {SeasonConsumer.Duplicates} redelivered)");

            var stored = await bookingDb.ScalarAsync<long>($"SELECT count(*) FROM bookings WHERE season_round_id = '{round}' AND status = 'Confirmed'");
            // Sorted by start, any overlap shows between neighbours.
            var overlaps = await bookingDb.ScalarAsync<long>("""
                SELECT count(*) FROM (SELECT ends_at > lead(starts_at) OVER (PARTITION BY facility_id ORDER BY starts_at) AS overlapping
                    FROM bookings WHERE status = 'Confirmed') n WHERE overlapping
                """);
            Console.WriteLine($"  stored {stored} of {bookings} reported, lost {Math.Max(0, bookings - stored)}, overlapping {overlaps}");
            var floor = await BulkInsertAsync(bookingDb, round);

            Console.WriteLine($"  bulk insert floor   : {floor:0} bookings/s (the same rows with their outbox rows, INSERT … SELECT); publication/floor {bookings / publishSeconds / floor:0.00}");
        }
        finally
        {
            await consumer.StopAsync();
            BenchHost.Stop(booking);
            BenchHost.Stop(identity);
            await bookingDb.DisposeAsync();
            await identityDb.DisposeAsync();
            await consumerDb.DisposeAsync();
        }
    }

    // The association read model as the Associations service's events leave it: every association approved.
    private static async Task<List<Guid>> ApprovedAssociationsAsync(TestDatabase database)
    {
        await database.ScalarAsync<long>($"""
            WITH added AS (INSERT INTO known_associations (id, name, status, version, updated_at)
                SELECT gen_random_uuid(), 'Forening ' || i, 'Approved', 1, now() FROM generate_series(1, {Associations}) i RETURNING 1)
            SELECT count(*) FROM added
            """);
        await using var source = Npgsql.NpgsqlDataSource.Create(database.ConnectionString);
        await using var reader = await source.CreateCommand("SELECT id FROM known_associations ORDER BY name").ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    // One-hour weekly slots inside opening hours: the demo facilities' first, then new halls until there are enough.
    private static async Task<List<(Guid Facility, DayOfWeek Day, TimeOnly Start)>> WeeklySlotsAsync(HttpClient staff, string api)
    {
        var slots = new List<(Guid, DayOfWeek, TimeOnly)>();
        var facilities = await staff.GetFromJsonAsync<JsonElement>($"{api}/facilities");
        foreach (var facility in facilities.EnumerateArray())
        {
            slots.AddRange(SlotsOf(facility.GetProperty("id").GetGuid(), facility.GetProperty("openingHours")));
        }

        for (var hall = 1; slots.Count < Series; hall++)
        {
            var id = await BookingBenchmark.NewFacilityAsync(staff, api, $"Sæsonhal {hall}");
            var created = await staff.GetFromJsonAsync<JsonElement>($"{api}/facilities/{id}");
            slots.AddRange(SlotsOf(id, created.GetProperty("openingHours")));
        }

        return slots.Take(Series).ToList();
    }

    private static IEnumerable<(Guid, DayOfWeek, TimeOnly)> SlotsOf(Guid facility, JsonElement openingHours) =>
        openingHours.EnumerateArray().SelectMany(hours =>
        {
            var (day, opens, closes) = (Enum.Parse<DayOfWeek>(hours.GetProperty("day").GetString()!),
                TimeOnly.Parse(hours.GetProperty("opens").GetString()!), TimeOnly.Parse(hours.GetProperty("closes").GetString()!));
            return Enumerable.Range(0, (int)(closes - opens).TotalHours).Select(h => (facility, day, opens.AddHours(h)));
        });

    private static async Task<Guid> OpenRoundAsync(HttpClient staff, string api)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var monday = today.AddDays(7 + ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7);
        var response = await staff.PostAsJsonAsync($"{api}/seasons", new
        {
            name = "Benchmarksæson", seasonStart = monday.ToString("yyyy-MM-dd"), seasonEnd = monday.AddDays(Weeks * 7 - 1).ToString("yyyy-MM-dd"),
            requestsOpen = today.ToString("yyyy-MM-dd"), requestsClose = today.ToString("yyyy-MM-dd"),
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<int> SubmitAsync(HttpClient staff, string api, Guid round, List<(Guid Facility, DayOfWeek Day, TimeOnly Start)> slots, List<Guid> associations)
    {
        var next = -1;
        var submitted = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < slots.Count; i = Interlocked.Increment(ref next))
            {
                var (facility, day, start) = slots[i];
                using var response = await staff.PostAsJsonAsync($"{api}/seasons/{round}/requests", new
                {
                    associationId = associations[i % associations.Count], facilityId = facility, weekday = day.ToString(), start = start.ToString("HH:mm"),
                    durationMinutes = 60, activity = $"Træning hold {i}", targetGroup = "ChildrenAndYouth", expectedParticipants = 20,
                });
                if (response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref submitted);
                }
                else
                {
                    Console.Error.WriteLine($"  request {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }));
        return submitted;
    }

    // Readers while the publication runs; the publication may take long, so they stop when told.
    private static async Task<Load.Result> ReadUntilAsync(HttpClient client, string url, CancellationToken stop)
    {
        var samples = new ConcurrentBag<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Readers).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url, CancellationToken.None);
                await response.Content.LoadIntoBufferAsync();
                if (response.IsSuccessStatusCode)
                {
                    samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        var all = samples.Order().ToList();
        return new(all.Count / clock.Elapsed.TotalSeconds, Latencies.Percentile(all, 0.50), Latencies.Percentile(all, 0.99), errors, all, clock.Elapsed.TotalSeconds);
    }

    // The same bookings two years later and an outbox row each, in one transaction: what PostgreSQL does alone.
    private static async Task<double> BulkInsertAsync(TestDatabase database, Guid round)
    {
        await using var source = Npgsql.NpgsqlDataSource.Create(database.ConnectionString);
        var columns = new List<string>();
        await using (var reader = await source.CreateCommand("""
            SELECT column_name FROM information_schema.columns
            WHERE table_name = 'bookings' AND column_name NOT IN ('id', 'starts_at', 'ends_at') ORDER BY ordinal_position
            """).ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        await using var connection = await source.OpenConnectionAsync();
        await using (var table = new Npgsql.NpgsqlCommand("CREATE TABLE outbox_floor (LIKE outbox_messages INCLUDING DEFAULTS INCLUDING IDENTITY)", connection))
        {
            await table.ExecuteNonQueryAsync();
        }

        var list = string.Join(", ", columns);
        var clock = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = new Npgsql.NpgsqlCommand($"""
            INSERT INTO bookings (id, starts_at, ends_at, {list})
                SELECT gen_random_uuid(), starts_at + interval '728 days', ends_at + interval '728 days', {list} FROM bookings WHERE season_round_id = '{round}';
            INSERT INTO outbox_floor (message_id, message_type, payload, created_at)
                SELECT gen_random_uuid(), 'Frivillighed.Contracts.Booking.BookingConfirmed', to_jsonb(b), now() FROM bookings b
                WHERE season_round_id = '{round}' AND starts_at > now() + interval '700 days';
            """, connection, transaction);
        var rows = await insert.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return rows / 2.0 / clock.Elapsed.TotalSeconds;
    }

    private static async Task<IHost> StartConsumerAsync(TestDatabase database)
    {
        await using (var db = new BenchDbContext(new DbContextOptionsBuilder<BenchDbContext>().UseNpgsql(database.ConnectionString).UseSnakeCaseNamingConvention().Options))
        {
            await db.Database.EnsureCreatedAsync();
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = TestServers.RabbitMq,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddDbContext<BenchDbContext>(o => o.UseNpgsql(database.ConnectionString).UseSnakeCaseNamingConvention());
        builder.AddPlatformMessaging<BenchDbContext>("bench-season", (x, queues) => x.AddConsumer<SeasonConsumer>().Endpoint(e => e.Name = $"{queues}-season"));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}

// Counts the published season's bookings as they reach a consumer, once each.
public sealed class SeasonConsumer : IConsumer<BookingConfirmed>
{
    public static readonly ConcurrentDictionary<Guid, bool> Received = new();
    public static long StartedAt;
    public static long LastArrival;
    public static int Duplicates;
    private static Guid round;

    public static void Expect(Guid roundId) => (round, StartedAt) = (roundId, Stopwatch.GetTimestamp());

    public Task Consume(ConsumeContext<BookingConfirmed> context)
    {
        if (context.Message.SeasonRoundId == round)
        {
            if (!Received.TryAdd(context.Message.BookingId, true))
            {
                Interlocked.Increment(ref Duplicates);
            }

            Interlocked.Exchange(ref LastArrival, Stopwatch.GetTimestamp());
        }

        return Task.CompletedTask;
    }
}
