namespace Frivillighed.TestSupport;

public static class KnownAssociations
{
    // An association as the Associations service would have announced it to Booking, Grants or Events, with one
    // representative (the chair). The rows are written directly: how events fill them is tested in Messaging.Tests.
    public static async Task<(Guid Association, Guid Representative)> AddKnownAssociationAsync(this TestDatabase database,
        string status = "Approved", bool lapsed = false, string name = "Haslev Boldklub")
    {
        var id = Guid.NewGuid();
        var representative = Guid.NewGuid();
        await database.ScalarAsync<object>($"""
            INSERT INTO known_associations (id, name, status, child_safety_lapsed, version, updated_at) VALUES ('{id}', '{name.Replace("'", "''")}', '{status}', {lapsed}, 1, now());
            INSERT INTO known_representatives (association_id, user_id, role, removed, changed_at) VALUES ('{id}', '{representative}', 'Chair', false, now());
            """);
        return (id, representative);
    }
}
