using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts.Events;
using Frivillighed.Events.Data;
using Frivillighed.TestSupport;
using MassTransit;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Frivillighed.Events.Tests;

public class RegistrationsApiTests(TestDatabase database) : ApiTests<EventsApiFactory>(database)
{
    private EventsWorld world = null!;

    public override async Task InitializeAsync()
    {
        world = new EventsWorld(Factory, Database);
        await world.NewEventAsync(EventsWorld.Body());
    }

    // The registration is committed, then its answer is lost on the way back (a timeout, a broken connection):
    // the execution strategy runs the registration again. The person must get one registration and one answer,
    // not a second seat.
    [Fact]
    public async Task ARetryAfterALostCommitAnswer_RegistersOnce()
    {
        var id = await world.NewEventAsync(EventsWorld.Body(capacity: 10));
        var lost = new LostCommitAnswer();
        using var losing = Factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.ConfigureDbContext<EventsDbContext>(o => o.AddInterceptors(lost))));

        var response = await losing.CreateClient().PostAsJsonAsync($"/api/events/{id}/registrations", EventsWorld.Participant(1));

        Assert.True(lost.Fired);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var registration = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, await Database.ScalarAsync<long>($"SELECT count(*) FROM registrations WHERE event_id = '{id}'"));
        Assert.Equal(1, await Database.ScalarAsync<int>($"SELECT registered FROM events WHERE id = '{id}'"));
        Assert.Equal(registration.GetProperty("id").GetGuid(), await Database.ScalarAsync<Guid>($"SELECT id FROM registrations WHERE event_id = '{id}'"));
    }

    // Throws a transient fault once, after the commit of the first transaction that inserted a registration.
    private sealed class LostCommitAnswer : DbCommandInterceptor, IDbTransactionInterceptor
    {
        private DbContext? inserting;

        public bool Fired { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!Fired && command.CommandText.Contains("INSERT INTO registrations"))
            {
                inserting = eventData.Context;
            }

            return ValueTask.FromResult(result);
        }

        public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (inserting is null || eventData.Context != inserting)
            {
                return Task.CompletedTask;
            }

            (inserting, Fired) = (null, true);
            throw new NpgsqlException("The commit's answer was lost (test).", new TimeoutException());
        }
    }

    // 500 people register at once for 100 seats: exactly 100 confirmed, 400 waiting, never more seats taken than there are.
    [Fact]
    public async Task LastSeatRace_FiveHundredForAHundredSeats()
    {
        var id = await world.NewEventAsync(EventsWorld.Body(capacity: 100));

        var responses = await Task.WhenAll(Enumerable.Range(0, 500).Select(n => world.Anonymous.PostAsJsonAsync($"/api/events/{id}/registrations", EventsWorld.Participant(n))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var statuses = new List<string>();
        foreach (var response in responses)
        {
            statuses.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()!);
        }

        Assert.Equal(100, statuses.Count(s => s == "Confirmed"));
        Assert.Equal(400, statuses.Count(s => s == "Waiting"));
        Assert.Equal(100, await Database.ScalarAsync<int>($"SELECT registered FROM events WHERE id = '{id}'"));
        Assert.Equal(100, await Database.ScalarAsync<long>($"SELECT count(*) FROM registrations WHERE event_id = '{id}' AND status = 'Confirmed'"));
        Assert.Equal(400, await Database.ScalarAsync<long>($"SELECT count(*) FROM registrations WHERE event_id = '{id}' AND status = 'Waiting'"));
        Assert.Equal(100, await Database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(RegistrationConfirmed).FullName}' AND payload->>'eventId' = '{id}'"));
    }

    // 20 register at once for 5 seats: the 15 waiting are told positions 1 to 15, each once, and each one's own
    // link says the same position afterwards.
    [Fact]
    public async Task ConcurrentRegistrations_AreToldTheirTrueWaitingPositions()
    {
        var id = await world.NewEventAsync(EventsWorld.Body(capacity: 5));
        // Time moves on between the requests, as it does for real: the order of arrival is not the order of commit.
        Factory.Clock.AutoAdvanceAmount = TimeSpan.FromMilliseconds(1);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(n => world.Anonymous.PostAsJsonAsync($"/api/events/{id}/registrations", EventsWorld.Participant(n))));

        var waiting = new List<(Guid Id, int Told)>();
        foreach (var response in responses)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (body.GetProperty("status").GetString() == "Waiting")
            {
                waiting.Add((body.GetProperty("id").GetGuid(), body.GetProperty("position").GetInt32()));
            }
        }

        Assert.Equal(Enumerable.Range(1, 15), waiting.Select(w => w.Told).Order());
        foreach (var (registration, told) in waiting)
        {
            var now = await world.Staff.GetFromJsonAsync<JsonElement>($"/api/events/registrations/{registration}");
            Assert.Equal(told, now.GetProperty("position").GetInt32());
        }
    }

    [Fact]
    public async Task ACancellationThroughThePersonalLink_PromotesTheFirstWaiting_AndSaysSo()
    {
        var id = await world.NewEventAsync(EventsWorld.Body(capacity: 2));
        var first = await world.RegisterAsync(id, EventsWorld.Participant(1));
        await world.RegisterAsync(id, EventsWorld.Participant(2));
        var third = await world.RegisterAsync(id, EventsWorld.Participant(3));
        var fourth = await world.RegisterAsync(id, EventsWorld.Participant(4));
        Assert.Equal(1, third.GetProperty("position").GetInt32());
        Assert.Equal(2, fourth.GetProperty("position").GetInt32());
        var link = first.GetProperty("cancelLink").GetString()!;

        var wrongToken = await world.Anonymous.PostAsync(link[..^4] + "0000", null);
        var cancelled = await world.Anonymous.PostAsync(link, null);

        await HttpAssert.ProblemAsync(wrongToken, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var promoted = third.GetProperty("id").GetGuid();
        await Eventually.Returns(() => Database.ScalarAsync<string>($"SELECT status FROM registrations WHERE id = '{promoted}'"), s => s == "Confirmed", "the first waiting promoted");
        Assert.Equal(1, await Database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(WaitingListPromoted).FullName}' AND payload->>'registrationId' = '{promoted}'"));
        Assert.Equal("Waiting", await Database.ScalarAsync<string>($"SELECT status FROM registrations WHERE id = '{fourth.GetProperty("id").GetGuid()}'"));
        var fourthNow = await world.Staff.GetFromJsonAsync<JsonElement>($"/api/events/registrations/{fourth.GetProperty("id").GetGuid()}");
        Assert.Equal(1, fourthNow.GetProperty("position").GetInt32());
        Assert.Equal(2, await Database.ScalarAsync<int>($"SELECT registered FROM events WHERE id = '{id}'"));
    }

    // The cancellation's message arrives twice (same message id: the broker redelivered it) and once more as a
    // copy with a new id: one promotion only.
    [Fact]
    public async Task APromotionHappensOnce_EvenWhenTheCancellationIsDeliveredAgain()
    {
        var id = await world.NewEventAsync(EventsWorld.Body(capacity: 1));
        var seated = await world.RegisterAsync(id, EventsWorld.Participant(1));
        var second = (await world.RegisterAsync(id, EventsWorld.Participant(2))).GetProperty("id").GetGuid();
        var third = (await world.RegisterAsync(id, EventsWorld.Participant(3))).GetProperty("id").GetGuid();
        await world.Anonymous.PostAsync(seated.GetProperty("cancelLink").GetString(), null);
        await Eventually.Returns(() => Database.ScalarAsync<string>($"SELECT status FROM registrations WHERE id = '{second}'"), s => s == "Confirmed", "the promotion");
        var messageId = Guid.Parse((await Database.ScalarAsync<string>(
            $"SELECT message_id::text FROM outbox_messages WHERE message_type = '{typeof(RegistrationCancelled).FullName}' AND payload->>'eventId' = '{id}'"))!);
        var message = new RegistrationCancelled(seated.GetProperty("id").GetGuid(), id, true, DateTimeOffset.UtcNow);
        var bus = Factory.Services.GetRequiredService<IBus>();

        await bus.Publish(message, context => context.MessageId = messageId);
        await bus.Publish(message, context => context.MessageId = Guid.NewGuid());
        await Eventually.Returns(() => Database.ScalarAsync<long>($"SELECT count(*) FROM inbox_messages WHERE consumer = 'waiting-list'"), n => n >= 2,
            "the copy with a new id consumed");

        Assert.Equal("Waiting", await Database.ScalarAsync<string>($"SELECT status FROM registrations WHERE id = '{third}'"));
        Assert.Equal(1, await Database.ScalarAsync<int>($"SELECT registered FROM events WHERE id = '{id}'"));
        Assert.Equal(1, await Database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(WaitingListPromoted).FullName}' AND payload->>'eventId' = '{id}'"));
    }

    [Fact]
    public async Task RegistrationCloses_AtItsDeadline()
    {
        var id = await world.NewEventAsync(EventsWorld.Body());
        Factory.Clock.Advance(TimeSpan.FromDays(22));

        var response = await world.Anonymous.PostAsJsonAsync($"/api/events/{id}/registrations", EventsWorld.Participant(1));

        Assert.Contains("Registration closed", (await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Audience_InvitedNeedsTheCode_AssociationsOnlyNeedsARepresentative()
    {
        var invited = await world.NewEventAsync(EventsWorld.Body(audience: "Invited", invitationCode: "frivilligraad-2027"));
        var forAssociations = await world.NewEventAsync(EventsWorld.Body(audience: "AssociationsOnly", kind: "DialogueMeeting"));
        var (association, representative) = await world.NewAssociationAsync();

        var noCode = await world.Anonymous.PostAsJsonAsync($"/api/events/{invited}/registrations", EventsWorld.Participant(1));
        var withCode = await world.Anonymous.PostAsJsonAsync($"/api/events/{invited}/registrations",
            new { name = "Rådsmedlem", email = "raad@example.dk", invitationCode = "frivilligraad-2027" });
        var anonymous = await world.Anonymous.PostAsJsonAsync($"/api/events/{forAssociations}/registrations", EventsWorld.Participant(2));
        var asRepresentative = await representative.PostAsJsonAsync($"/api/events/{forAssociations}/registrations",
            new { name = "Bo Formand", email = "bo@example.dk", associationId = association });
        var calendar = await world.Anonymous.GetFromJsonAsync<JsonElement>("/api/events");

        await HttpAssert.ProblemAsync(noCode, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Created, withCode.StatusCode);
        await HttpAssert.ProblemAsync(anonymous, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Created, asRepresentative.StatusCode);
        Assert.DoesNotContain(calendar.EnumerateArray(), e => e.GetProperty("id").GetGuid() == invited);
        Assert.Contains(calendar.EnumerateArray(), e => e.GetProperty("id").GetGuid() == forAssociations);
    }

    [Fact]
    public async Task Sessions_HaveTheirOwnSeats()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(21).ToString("yyyy-MM-dd");
        var id = await world.NewEventAsync(EventsWorld.Body(sessions:
        [
            new { title = "Workshop A", start = $"{day}T18:00", end = $"{day}T19:00", capacity = 1 },
            new { title = "Workshop B", start = $"{day}T19:00", end = $"{day}T20:00", capacity = 10 },
        ]));
        var sessions = (await world.Anonymous.GetFromJsonAsync<JsonElement>($"/api/events/{id}")).GetProperty("sessions").EnumerateArray()
            .ToDictionary(s => s.GetProperty("title").GetString()!, s => s.GetProperty("id").GetGuid());

        await world.RegisterAsync(id, new { name = "A", email = "a@example.dk", sessions = new[] { sessions["Workshop A"], sessions["Workshop B"] } });
        var full = await world.Anonymous.PostAsJsonAsync($"/api/events/{id}/registrations", new { name = "B", email = "b@example.dk", sessions = new[] { sessions["Workshop A"] } });
        var foreign = await world.Anonymous.PostAsJsonAsync($"/api/events/{id}/registrations", new { name = "C", email = "c@example.dk", sessions = new[] { Guid.NewGuid() } });

        Assert.Contains("Workshop A", (await HttpAssert.ProblemAsync(full, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        await HttpAssert.ProblemAsync(foreign, HttpStatusCode.BadRequest);
        Assert.Equal(1, await Database.ScalarAsync<int>($"SELECT registered FROM events WHERE id = '{id}'"));
    }

    [Fact]
    public async Task BadInput_Is400_AndChangesNothing()
    {
        var id = await world.NewEventAsync(EventsWorld.Body());

        var badEmail = await world.Anonymous.PostAsJsonAsync($"/api/events/{id}/registrations", new { name = "X", email = "not-an-address" });
        var badEvent = await world.Staff.PostAsJsonAsync("/api/events", new { kind = "Party", title = "" });
        var byCitizen = await Factory.CreateClient(TestTokens.Citizen(Guid.NewGuid())).PostAsJsonAsync("/api/events", EventsWorld.Body());

        await HttpAssert.ProblemAsync(badEmail, HttpStatusCode.BadRequest);
        await HttpAssert.ProblemAsync(badEvent, HttpStatusCode.BadRequest);
        await HttpAssert.ProblemAsync(byCitizen, HttpStatusCode.Forbidden);
        Assert.Equal(0, await Database.ScalarAsync<long>($"SELECT count(*) FROM registrations WHERE event_id = '{id}'"));
    }

    [Fact]
    public async Task CheckInList_ForStaff_AndAttendanceIsRecorded()
    {
        var id = await world.NewEventAsync(EventsWorld.Body());
        var registration = (await world.RegisterAsync(id, new { name = "Karen Frivillig", email = "karen@example.dk", dietary = "Glutenfri", accessibility = "Kørestol" }))
            .GetProperty("id").GetGuid();

        var list = await world.Staff.GetFromJsonAsync<JsonElement>($"/api/events/{id}/registrations");
        var checkedIn = await world.Staff.PostAsync($"/api/events/{id}/registrations/{registration}/check-in", null);
        var twice = await world.Staff.PostAsync($"/api/events/{id}/registrations/{registration}/check-in", null);
        var byCitizen = await Factory.CreateClient(TestTokens.Citizen(Guid.NewGuid())).GetAsync($"/api/events/{id}/registrations");

        var karen = Assert.Single(list.EnumerateArray());
        Assert.Equal("Glutenfri", karen.GetProperty("dietary").GetString());
        Assert.Equal("Kørestol", karen.GetProperty("accessibility").GetString());
        Assert.Equal(HttpStatusCode.OK, checkedIn.StatusCode);
        await HttpAssert.ProblemAsync(twice, HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(byCitizen, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task MoreSeats_PromoteTheWaiting_FewerThanTakenIs409()
    {
        var id = await world.NewEventAsync(EventsWorld.Body(capacity: 1));
        await world.RegisterAsync(id, EventsWorld.Participant(1));
        var waiting = (await world.RegisterAsync(id, EventsWorld.Participant(2))).GetProperty("id").GetGuid();

        var more = await world.Staff.PutAsJsonAsync($"/api/events/{id}", new { capacity = 2 });
        var fewer = await world.Staff.PutAsJsonAsync($"/api/events/{id}", new { capacity = 1 });

        Assert.Equal(HttpStatusCode.OK, more.StatusCode);
        Assert.Equal("Confirmed", await Database.ScalarAsync<string>($"SELECT status FROM registrations WHERE id = '{waiting}'"));
        await HttpAssert.ProblemAsync(fewer, HttpStatusCode.Conflict);
        Assert.Equal(1, await Database.ScalarAsync<long>(
            $"SELECT count(*) FROM outbox_messages WHERE message_type = '{typeof(EventChanged).FullName}' AND payload->>'eventId' = '{id}'"));
    }
}
