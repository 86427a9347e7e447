using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts.Grants;
using Frivillighed.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Frivillighed.Booking.Tests;

// A grant's booking quota (GrantAwarded from the Grants service) lets a group that would pay book for free.
public class GrantQuotaTests(TestDatabase database) : ApiTests<BookingApiFactory>(database)
{
    private BookingWorld world = null!;
    private Guid facility;

    public override async Task InitializeAsync()
    {
        world = new BookingWorld(Factory, Database);
        facility = await world.NewFacilityAsync($"Hal {Guid.NewGuid():N}"[..12]);
    }

    private async Task<JsonElement> BookAsync(HttpClient client, Guid association, int week)
    {
        var response = await client.PostAsJsonAsync("/api/bookings", BookingWorld.Booking(facility, association, world.Next(DayOfWeek.Tuesday, week)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task TheQuotaPaysUntilItIsUsed_AndACancellationGivesItsHoursBack()
    {
        var (group, representative) = await world.NewAssociationAsync("Applied", name: "Besøgsvennerne");
        var award = Guid.NewGuid();
        var today = world.Next(DayOfWeek.Monday, 0);
        await Factory.Services.GetRequiredService<IBus>().Publish(new GrantAwarded(award, Guid.NewGuid(), Guid.NewGuid(), group, 10_000m,
            today, today.AddDays(90), new BookingQuota("Hall", 3), DateTimeOffset.UtcNow));
        await Eventually.Returns(() => Database.ScalarAsync<long>($"SELECT count(*) FROM booking_quotas WHERE award_id = '{award}'"), n => n == 1, "the quota");

        var first = await BookAsync(representative, group, 2);
        var second = await BookAsync(representative, group, 3);
        await representative.PostAsJsonAsync($"/api/bookings/{first.GetProperty("id").GetGuid()}/cancel", new { });
        var third = await BookAsync(representative, group, 4);

        Assert.Equal(0m, first.GetProperty("price").GetDecimal());
        Assert.Equal(600m, second.GetProperty("price").GetDecimal());
        Assert.Equal(0m, third.GetProperty("price").GetDecimal());
        Assert.Equal(120, await Database.ScalarAsync<int>($"SELECT used_minutes FROM booking_quotas WHERE award_id = '{award}'"));
    }

    [Fact]
    public async Task AWithdrawalArrivingBeforeTheAward_LeavesNoQuota()
    {
        var (group, representative) = await world.NewAssociationAsync("Applied", name: "Karise Naboskab");
        var award = Guid.NewGuid();
        var today = world.Next(DayOfWeek.Monday, 0);
        var bus = Factory.Services.GetRequiredService<IBus>();

        await bus.Publish(new GrantWithdrawn(award, Guid.NewGuid(), group, 10_000m, 0m, "Projektet blev ikke til noget", DateTimeOffset.UtcNow));
        await Eventually.Returns(() => Database.ScalarAsync<long>($"SELECT count(*) FROM booking_quotas WHERE award_id = '{award}' AND withdrawn"), n => n == 1, "the tombstone");
        var consumed = await Database.ScalarAsync<long>("SELECT count(*) FROM inbox_messages WHERE consumer = 'grant-quotas'");
        await bus.Publish(new GrantAwarded(award, Guid.NewGuid(), Guid.NewGuid(), group, 10_000m, today, today.AddDays(90), new BookingQuota("Hall", 3), DateTimeOffset.UtcNow));
        await Eventually.Returns(() => Database.ScalarAsync<long>("SELECT count(*) FROM inbox_messages WHERE consumer = 'grant-quotas'"), n => n == consumed + 1,
            "the late award consumed");

        Assert.Equal(600m, (await BookAsync(representative, group, 2)).GetProperty("price").GetDecimal());
    }
}
