using Frivillighed.Portal.Clients.Associations;

namespace Frivillighed.Portal.Gateway;

// The names of the associations a staff page lists by id (season wishes, applications, bookings): the register
// read once per request, a page of 100 at a time. Staff see every status; others only the approved.
public sealed class AssociationNames(AssociationsClient associations)
{
    private Dictionary<Guid, string>? names;

    public async Task<string> OfAsync(Guid? id) => id is { } known ? (await AllAsync()).GetValueOrDefault(known, "ukendt forening") : "kommunen";

    public async Task<Dictionary<Guid, string>> AllAsync()
    {
        if (names is not null)
        {
            return names;
        }

        names = [];
        for (var page = 1; ; page++)
        {
            var result = await associations.ListAssociationsAsync(page: page, pageSize: 100);
            foreach (var a in result.Items)
            {
                names[a.Id] = a.Name;
            }

            if (page * 100 >= result.Total || result.Items.Count == 0)
            {
                return names;
            }
        }
    }
}
