using Renkei.Web.Features.Registry;

namespace Renkei.Web.Features.Associations;

public static class AssociationsSetup
{
    public static WebApplicationBuilder AddAssociations(this WebApplicationBuilder builder)
    {
        // The registry's rules, shared by the secretariat's pages (Features/Registry) and API v1.
        builder.Services.AddScoped<FieldText>();
        builder.Services.AddScoped<AssociationEdit>();
        builder.Services.AddScoped<AssociationCertification>();
        builder.Services.AddScoped<AssociationWithdrawal>();
        builder.Services.AddScoped<BlockChanges>();
        return builder;
    }

    public static WebApplication MapAssociations(this WebApplication app)
    {
        AssociationsApi.Map(app);
        BlocksApi.Map(app);
        return app;
    }
}
