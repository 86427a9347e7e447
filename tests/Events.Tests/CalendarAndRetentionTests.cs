using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.TestSupport;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Frivillighed.Events.Tests;

public class CalendarAndRetentionTests(TestDatabase database) : ApiTests<EventsApiFactory>(database)
{
    private EventsWorld world = null!;

    public override async Task InitializeAsync()
    {
        world = new EventsWorld(Factory, Database);
        await world.NewEventAsync(EventsWorld.Body());
    }

    [Fact]
    public async Task PublicCalendar_FiltersByKindTownAndDate()
    {
        var course = await world.NewEventAsync(EventsWorld.Body(kind: "Course", town: "Karise", daysAhead: 40, title: "Førstehjælpskursus"));
        var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(39).ToString("yyyy-MM-dd");
        var to = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(41).ToString("yyyy-MM-dd");

        var byKind = await world.Anonymous.GetFromJsonAsync<JsonElement>("/api/events?kind=Course");
        var byTown = await world.Anonymous.GetFromJsonAsync<JsonElement>("/api/events?town=Karise");
        var byDate = await world.Anonymous.GetFromJsonAsync<JsonElement>($"/api/events?from={from}&to={to}");
        var elsewhere = await world.Anonymous.GetFromJsonAsync<JsonElement>("/api/events?town=Dalby");

        Assert.All(new[] { byKind, byTown, byDate }, list => Assert.Contains(list.EnumerateArray(), e => e.GetProperty("id").GetGuid() == course));
        Assert.All(byKind.EnumerateArray(), e => Assert.Equal("Course", e.GetProperty("kind").GetString()));
        Assert.Empty(elsewhere.EnumerateArray());
    }

    // The portal's search: every word somewhere in title, description, venue or town, in any case; % is just a character.
    [Fact]
    public async Task PublicCalendar_FindsEventsByEveryWord()
    {
        var id = await world.NewEventAsync(EventsWorld.Body(title: "Førstehjælp for trænere", kind: "Course", town: "Faxe"));

        var both = await world.Anonymous.GetFromJsonAsync<JsonElement>("/api/events?q=" + Uri.EscapeDataString("FØRSTEHJÆLP faxe"));
        var oneMissing = await world.Anonymous.GetFromJsonAsync<JsonElement>("/api/events?q=" + Uri.EscapeDataString("førstehjælp karise"));
        var wildcard = await world.Anonymous.GetFromJsonAsync<JsonElement>("/api/events?q=" + Uri.EscapeDataString("%"));

        Assert.Contains(both.EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain(oneMissing.EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);
        Assert.Empty(wildcard.EnumerateArray());
    }

    // An association's public page lists the events it organises.
    [Fact]
    public async Task PublicCalendar_FiltersByOrganisingAssociation()
    {
        var (association, _) = await world.NewAssociationAsync();
        var id = await world.NewEventAsync(EventsWorld.Body(kind: "Course", title: "Trænerkursus", daysAhead: 30));
        // Associations organise events only where the municipality allows it (Events:AssociationsMayOrganize).
        await Database.ScalarAsync<object>($"UPDATE events SET organizer_association_id = '{association}' WHERE id = '{id}'");

        var own = await world.Anonymous.GetFromJsonAsync<JsonElement>($"/api/events?associationId={association}");
        var others = await world.Anonymous.GetFromJsonAsync<JsonElement>($"/api/events?associationId={Guid.NewGuid()}");

        var listed = Assert.Single(own.EnumerateArray());
        Assert.Equal(id, listed.GetProperty("id").GetGuid());
        Assert.Equal(association, listed.GetProperty("organizerAssociationId").GetGuid());
        Assert.Empty(others.EnumerateArray());
    }

    [Fact]
    public async Task CalendarFeeds_ParseAsICalendar_WithoutInvitedEvents()
    {
        var open = await world.NewEventAsync(EventsWorld.Body(title: "Foreningernes Dag", kind: "Fair"));
        var invited = await world.NewEventAsync(EventsWorld.Body(title: "Frivilligrådsmøde", kind: "VolunteerCouncilMeeting", audience: "Invited", invitationCode: "raad-2027"));

        var all = await world.Anonymous.GetAsync("/api/events/calendar.ics");
        var one = await world.Anonymous.GetAsync($"/api/events/{open}/calendar.ics");

        Assert.Equal("text/calendar", all.Content.Headers.ContentType?.MediaType);
        var calendar = Calendar.Load(await all.Content.ReadAsStringAsync())!;
        Assert.Contains(calendar.Events, e => e.Summary == "Foreningernes Dag" && e.Uid == $"{open}@frivillighed.faxe.dk");
        Assert.DoesNotContain(calendar.Events, e => e.Summary == "Frivilligrådsmøde");
        var single = Assert.Single(Calendar.Load(await one.Content.ReadAsStringAsync())!.Events);
        var published = await world.Anonymous.GetFromJsonAsync<JsonElement>($"/api/events/{open}");
        Assert.Equal(published.GetProperty("startsAt").GetDateTimeOffset().UtcDateTime, single.Start!.AsUtc);
        Assert.NotEqual(Guid.Empty, invited);
    }

    [Fact]
    public async Task ParticipantData_IsRemovedAfterTheRetentionPeriod_CountsStay()
    {
        var id = await world.NewEventAsync(EventsWorld.Body(daysAhead: 3));
        var confirmed = await world.RegisterAsync(id, new { name = "Karen Frivillig", email = "karen@example.dk", dietary = "Vegan" });
        var retention = Factory.Services.GetRequiredService<ParticipantDataRetention>();

        await retention.RemoveExpiredAsync(Factory.Clock.GetUtcNow().AddDays(20), CancellationToken.None);
        Assert.Equal(0, await Database.ScalarAsync<long>($"SELECT count(*) FROM registrations WHERE event_id = '{id}' AND anonymised"));

        await retention.RemoveExpiredAsync(Factory.Clock.GetUtcNow().AddDays(35), CancellationToken.None);

        var registration = confirmed.GetProperty("id").GetGuid();
        Assert.Equal("", await Database.ScalarAsync<string>($"SELECT name || email || coalesce(dietary, '') FROM registrations WHERE id = '{registration}'"));
        Assert.Equal("Confirmed", await Database.ScalarAsync<string>($"SELECT status FROM registrations WHERE id = '{registration}'"));
        Assert.Equal(1, await Database.ScalarAsync<int>($"SELECT registered FROM events WHERE id = '{id}'"));
    }
}
