using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Frivillighed.Chaos;

public sealed record Attempt(string Kind, string Key, int Status, string? Id, TimeSpan At);

public sealed record ExperimentResult(
    string Name, int Requests, string Statuses, int Verified, int TwoXx, int StoredWithout2xx, int StoredUnanswered, int Lost, int Duplicated,
    int Overlapping, TimeSpan? ProcessBack, TimeSpan RequestsBack, TimeSpan? Answering, int Registered, int Propagated,
    TimeSpan? CaughtUp, TimeSpan LongestPropagation, bool PersonActed)
{
    public override string ToString() =>
        $"{Name}: {Requests} requests ({Statuses}); 2xx verified stored {Verified}/{TwoXx}; stored without a 2xx {StoredWithout2xx} "
        + $"({StoredUnanswered} of them registrations whose answer was lost with the connection); "
        + $"lost {Lost}; duplicated {Duplicated}; overlapping bookings {Overlapping}\n"
        + $"  process running again {Seconds(ProcessBack)} after the fault began; {(Answering is null ? "" : $"answering {Seconds(Answering)}; ")}"
        + $"last failed request {RequestsBack.TotalSeconds:0.0} s after it; a person had to act: {(PersonActed ? "yes" : "no")}\n"
        + $"  associations registered (2xx) {Registered}, in all three read models {Propagated}; the last arrived {Seconds(CaughtUp)} "
        + $"after the fault began; longest registration-to-read-models {LongestPropagation.TotalSeconds:0.0} s";

    // A registration stored while the gateway died under it lost only its answer (no Idempotency-Key to ask again
    // with); anything else stored without a 2xx would be a lie told to the client.
    public int Failures => Lost + Duplicated + (StoredWithout2xx - StoredUnanswered) + Overlapping + (Registered - Propagated) + (PersonActed ? 1 : 0);

    private static string Seconds(TimeSpan? time) => time is { } t ? $"{t.TotalSeconds:0.0} s" : "never";
}

// One experiment: paced writes before, during and after a fault, then every answer checked against what is stored.
public static class Experiment
{
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(333);
    private const int SlotsPerDay = 15;

    // probe: a GET through the gateway that answers 200 when the harmed part serves again (null: none of its own).
    public static async Task<ExperimentResult> RunAsync(Platform platform, string name, string resource, string? probe, Func<Platform, Task> fault)
    {
        var facility = await IdOfAsync(platform, platform.AsStaff(HttpMethod.Post, "/api/facilities", new
        {
            name = $"Forsøgshal {Guid.NewGuid().ToString("N")[..6]}", kind = "Hall", town = "Haslev", address = "Frederiksgade 42, 4690 Haslev",
            capacity = 100, bookableDaysAhead = 730,
            openingHours = Enum.GetValues<DayOfWeek>().Select(day => new { day = day.ToString(), opens = "07:00", closes = "22:00" }),
        }));
        var firstDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
        var eventId = await IdOfAsync(platform, platform.AsStaff(HttpMethod.Post, "/api/events", new
        {
            kind = "DialogueMeeting", title = "Forsøgsmøde", start = $"{firstDay.AddDays(100):yyyy-MM-dd}T19:00", end = $"{firstDay.AddDays(100):yyyy-MM-dd}T21:00",
            venue = "Faxe Bibliotek", town = "Faxe", capacity = 100_000,
        }));

        // A plain client: no retries of its own, so every answer is the platform's.
        using var client = new HttpClient { BaseAddress = platform.Gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var attempts = new ConcurrentBag<Attempt>();
        var clock = Stopwatch.StartNew();
        var slot = -1;
        var person = 0;
        var association = 0;
        using var stop = new CancellationTokenSource();
        var writers = new[]
        {
            Writer(() => Book(Interlocked.Increment(ref slot))), Writer(() => Book(Interlocked.Increment(ref slot))),
            Writer(() => Register(Interlocked.Increment(ref person))), Writer(() => Register(Interlocked.Increment(ref person))),
            Writer(() => RegisterAssociation(Interlocked.Increment(ref association))),
        };
        // Each registered association, as soon as Booking, Events and Grants all know it (over the bus).
        var propagated = new ConcurrentDictionary<string, TimeSpan>();
        using var watching = new CancellationTokenSource();
        var watcher = WatchReadModelsAsync(watching.Token);

        await Task.Delay(TimeSpan.FromSeconds(5));
        var began = clock.Elapsed;
        var before = (await platform.InstanceAsync(resource)).Pid;
        await fault(platform);
        var answering = probe is null ? Task.FromResult<TimeSpan?>(null) : AnsweringAsync(probe);
        TimeSpan? processBack = null;
        while (clock.Elapsed - began < TimeSpan.FromMinutes(3))
        {
            var now = await platform.InstanceAsync(resource);
            if (now.State == Aspire.Hosting.ApplicationModel.KnownResourceStates.Running && (now.Pid != before || resource == "messaging-server" && name.Contains("frozen", StringComparison.Ordinal)))
            {
                processBack = clock.Elapsed - began;
                break;
            }

            await Task.Delay(200);
        }

        // Writes go on until both kinds have succeeded for 10 s in a row (or two minutes pass).
        var settled = clock.Elapsed;
        while (clock.Elapsed - settled < TimeSpan.FromMinutes(2)
            && attempts.Any(a => a.Status is < 200 or >= 300 && a.At > clock.Elapsed - TimeSpan.FromSeconds(10)) | clock.Elapsed - settled < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(500);
        }

        await stop.CancelAsync();
        await Task.WhenAll(writers);
        var inFlight = attempts.ToList();
        var registered = inFlight.Where(a => a.Kind == "association" && a.Status is >= 200 and < 300).ToList();
        var catchUp = Stopwatch.StartNew();
        while (registered.Any(a => !propagated.ContainsKey(a.Id!)) && catchUp.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(200);
        }

        await watching.CancelAsync();
        await watcher;

        var stored = await StoredAsync(platform, facility, eventId, firstDay);
        var ok = inFlight.Where(a => a.Kind != "association" && a.Status is >= 200 and < 300).ToList();
        var okIds = ok.Select(a => a.Id!).ToHashSet();
        var storedIds = stored.Bookings.Select(b => b.Id).Concat(stored.Registrations.Select(r => r.Id)).ToList();
        var lastFailure = inFlight.Where(a => a.Status is < 200 or >= 300).Select(a => a.At - began).DefaultIfEmpty(TimeSpan.Zero).Max();
        return new ExperimentResult(
            name,
            inFlight.Count,
            string.Join(", ", inFlight.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{(g.Key == 0 ? "no answer" : g.Key.ToString())} × {g.Count()}")),
            Verified: okIds.Count(storedIds.Contains),
            TwoXx: ok.Count,
            StoredWithout2xx: storedIds.Distinct().Count(id => !okIds.Contains(id)),
            StoredUnanswered: stored.Registrations.Where(r => !okIds.Contains(r.Id))
                .Count(r => inFlight.Any(a => a.Kind == "registration" && a.Status == 0 && $"deltager{a.Key}@example.dk" == r.Email)),
            Lost: okIds.Count(id => !storedIds.Contains(id)),
            Duplicated: stored.Registrations.GroupBy(r => r.Email).Sum(g => g.Count() - 1) + stored.Bookings.GroupBy(b => b.Id).Sum(g => g.Count() - 1),
            Overlapping: stored.Bookings.GroupBy(b => b.StartsAt).Sum(g => g.Count() - 1),
            ProcessBack: processBack,
            RequestsBack: lastFailure,
            Answering: await answering,
            Registered: registered.Count,
            Propagated: registered.Count(a => propagated.ContainsKey(a.Id!)),
            CaughtUp: propagated.IsEmpty ? null : propagated.Values.Max() - began,
            LongestPropagation: registered.Where(a => propagated.ContainsKey(a.Id!)).Select(a => propagated[a.Id!] - a.At).DefaultIfEmpty().Max(),
            PersonActed: processBack is null);

        async Task<TimeSpan?> AnsweringAsync(string path)
        {
            while (clock.Elapsed - began < TimeSpan.FromMinutes(3))
            {
                try
                {
                    using var response = await client.GetAsync(path);
                    if (response.IsSuccessStatusCode)
                    {
                        return clock.Elapsed - began;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Not yet.
                }

                await Task.Delay(200);
            }

            return null;
        }

        // Oldest first; a round stops at the first association not yet everywhere (the rest are younger), so a
        // stalled bus costs three GETs a round, not three per waiting association.
        async Task WatchReadModelsAsync(CancellationToken ct)
        {
            while (!ct.IsCancellationRequested)
            {
                foreach (var waiting in attempts.Where(a => a.Kind == "association" && a.Id is not null && !propagated.ContainsKey(a.Id)).OrderBy(a => a.At).ToList())
                {
                    var known = await Task.WhenAll(new[] { "bookings", "events", "grants" }.Select(async service =>
                    {
                        try
                        {
                            using var response = await client.GetAsync($"/api/{service}/associations/{waiting.Id}", CancellationToken.None);
                            return response.IsSuccessStatusCode;
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                        {
                            return false;
                        }
                    }));
                    if (!known.All(k => k))
                    {
                        break;
                    }

                    propagated[waiting.Id!] = clock.Elapsed;
                }

                try
                {
                    await Task.Delay(200, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }

        Task Writer(Func<Task> send) => Task.Run(async () =>
        {
            // Open loop: one request per pace whether or not the last has been answered, as users do.
            var sent = new List<Task>();
            using var timer = new PeriodicTimer(Pace);
            while (await timer.WaitForNextTickAsync(CancellationToken.None) && !stop.IsCancellationRequested)
            {
                sent.Add(send());
            }

            await Task.WhenAll(sent);
        });

        async Task Book(int n)
        {
            var from = new TimeOnly(7, 0).AddHours(n % SlotsPerDay);
            var key = Guid.NewGuid().ToString();
            // As a careful client does: no answer (the connection broke) is asked again with the same Idempotency-Key,
            // which gives the first request's answer if it was stored, and books once if it was not.
            for (var attempt = 0; attempt < 10; attempt++)
            {
                using var request = platform.AsStaff(HttpMethod.Post, "/api/bookings", new
                {
                    facilityId = facility, date = firstDay.AddDays(n / SlotsPerDay).ToString("yyyy-MM-dd"),
                    start = from.ToString("HH:mm"), end = from.AddHours(1).ToString("HH:mm"), activity = "Forsøg",
                });
                request.Headers.Add("Idempotency-Key", key);
                if (await SendAsync(client, request, "booking", n.ToString(System.Globalization.CultureInfo.InvariantCulture)) != 0)
                {
                    return;
                }

                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }

        async Task Register(int n)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/events/{eventId}/registrations")
            {
                Content = JsonContent.Create(new { name = $"Deltager {n}", email = $"deltager{n}@example.dk" }),
            };
            await SendAsync(client, request, "registration", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        async Task RegisterAssociation(int n)
        {
            using var request = platform.AsStaff(HttpMethod.Post, "/api/associations",
                Frivillighed.TestSupport.Registration.Body($"Forsøgsforeningen {Guid.NewGuid().ToString("N")[..8]}", "Faxe"));
            await SendAsync(client, request, "association", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // The status, 0 for no answer.
        async Task<int> SendAsync(HttpClient http, HttpRequestMessage request, string kind, string key)
        {
            try
            {
                using var response = await http.SendAsync(request);
                string? id = null;
                if (response.IsSuccessStatusCode)
                {
                    id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
                }

                attempts.Add(new Attempt(kind, key, (int)response.StatusCode, id, clock.Elapsed));
                return (int)response.StatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                attempts.Add(new Attempt(kind, key, 0, null, clock.Elapsed));
                return 0;
            }
        }
    }

    private sealed record StoredBooking(string Id, DateTimeOffset StartsAt);

    private sealed record StoredRegistration(string Id, string Email);

    private static async Task<(List<StoredBooking> Bookings, List<StoredRegistration> Registrations)> StoredAsync(
        Platform platform, Guid facility, Guid eventId, DateOnly firstDay)
    {
        var bookings = new List<StoredBooking>();
        for (var from = firstDay; from < firstDay.AddDays(120); from = from.AddDays(60))
        {
            using var request = platform.AsStaff(HttpMethod.Get, $"/api/facilities/{facility}/bookings?from={from:yyyy-MM-dd}&to={from.AddDays(59):yyyy-MM-dd}");
            var page = await JsonAsync(platform, request);
            bookings.AddRange(page.EnumerateArray().Where(b => b.GetProperty("status").GetString() != "Cancelled")
                .Select(b => new StoredBooking(b.GetProperty("id").GetString()!, b.GetProperty("startsAt").GetDateTimeOffset())));
        }

        using var participants = platform.AsStaff(HttpMethod.Get, $"/api/events/{eventId}/registrations");
        var registrations = (await JsonAsync(platform, participants)).EnumerateArray()
            .Select(r => new StoredRegistration(r.GetProperty("id").GetString()!, r.GetProperty("email").GetString()!)).ToList();
        return (bookings, registrations);
    }

    private static async Task<JsonElement> JsonAsync(Platform platform, HttpRequestMessage request)
    {
        using var response = await platform.Gateway.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{request.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<Guid> IdOfAsync(Platform platform, HttpRequestMessage request)
    {
        using (request)
        {
            return (await JsonAsync(platform, request)).GetProperty("id").GetGuid();
        }
    }
}
