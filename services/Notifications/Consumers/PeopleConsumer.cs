using Frivillighed.Contracts.Identity;
using Frivillighed.Messaging;
using Frivillighed.Notifications.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Notifications.Consumers;

// Keeps people (name and address) as Identity tells them; an older event never overwrites a newer one.
public sealed class PeopleConsumer(NotificationsDbContext db) : IConsumer<UserProfileChanged>
{
    public Task Consume(ConsumeContext<UserProfileChanged> context)
    {
        var m = context.Message;
        return db.ConsumeOnceAsync(context, "people", ct => db.Database.ExecuteSqlAsync($"""
            INSERT INTO people (user_id, display_name, email, reminders, updated_at)
            VALUES ({m.UserId}, {m.DisplayName}, {m.Email}, true, {m.OccurredAt})
            ON CONFLICT (user_id) DO UPDATE SET display_name = excluded.display_name, email = excluded.email, updated_at = excluded.updated_at
            WHERE people.updated_at < excluded.updated_at
            """, ct));
    }
}
