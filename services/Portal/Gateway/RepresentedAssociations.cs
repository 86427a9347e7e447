using Frivillighed.Portal.Clients.Associations;

namespace Frivillighed.Portal.Gateway;

// The associations the signed-in user represents, asked once per request. A page of association B opened by a
// representative of A finds nothing here and says "no access"; the API would refuse it anyway.
public sealed class RepresentedAssociations(AssociationsClient associations, IHttpContextAccessor http)
{
    private List<MyAssociationResponse>? mine;

    public async Task<IReadOnlyList<MyAssociationResponse>> ListAsync()
    {
        if (mine is null)
        {
            mine = http.HttpContext?.User.Identity?.IsAuthenticated == true ? [.. await associations.ListMineAsync()] : [];
        }

        return mine;
    }

    public async Task<MyAssociationResponse?> FindAsync(Guid id) => (await ListAsync()).FirstOrDefault(m => m.Association.Id == id);
}
