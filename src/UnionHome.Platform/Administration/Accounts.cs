using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Identity.StaffLogin;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Regions;
using UnionHome.Platform.Validation;

namespace UnionHome.Platform.Administration;

public sealed record NewUser(
    string Role,
    string UserName,
    string? Password,
    string? DisplayName = null,
    string? Org = null,
    string? EnterpriseCreditCode = null,
    string? Phone = null,
    bool EnrolTotp = false,
    string? TotpSecret = null,
    bool MustChangePassword = false);

public sealed record CreatedUser(AppUser User, string? TotpSecret);

/// <summary>Creates the accounts, enterprises and unions a fresh installation needs before anyone can sign in.</summary>
public sealed class Accounts(
    AppDbContext db,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    FieldCipher cipher,
    BlindIndex blindIndex,
    RegionDirectory regions,
    AuditLog audit,
    TimeProvider time)
{
    public async Task<Result<OrgUnit>> FindOrgUnitAsync(string codeOrName, CancellationToken cancellationToken)
    {
        var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Code == codeOrName, cancellationToken)
            ?? await db.OrgUnits.FirstOrDefaultAsync(u => u.Name == codeOrName, cancellationToken);
        return unit is null ? AdministrationErrors.UnknownOrgUnit : unit;
    }

    public async Task<Result<OrgUnit>> CreateOrgUnitAsync(
        string code, string name, OrgUnitKind kind, string regionCode, string? parent, string? creditCode, CancellationToken cancellationToken)
    {
        if (regions.Find(regionCode) is null)
        {
            return AdministrationErrors.UnknownRegion;
        }

        if (creditCode is not null && !CreditCode.TryParse(creditCode, out _, out _))
        {
            return AdministrationErrors.InvalidCreditCode;
        }

        if (await db.OrgUnits.AnyAsync(u => u.Code == code, cancellationToken))
        {
            return AdministrationErrors.OrgUnitCodeTaken;
        }

        OrgUnit unit;
        if (parent is null)
        {
            unit = OrgUnit.CreateRoot(Guid.CreateVersion7(), code, name, kind, regionCode, creditCode);
        }
        else
        {
            var parentUnit = await FindOrgUnitAsync(parent, cancellationToken);
            if (!parentUnit.Succeeded)
            {
                return parentUnit.Error;
            }

            unit = parentUnit.Value.AddChild(Guid.CreateVersion7(), code, name, kind, regionCode, creditCode);
        }

        db.OrgUnits.Add(unit);
        audit.Record(AuditActions.OrgUnitCreated, $"org_unit:{unit.Id}", $"{code} {name}", unit.Id);
        await db.SaveChangesAsync(cancellationToken);
        return unit;
    }

    public async Task<Result<Enterprise>> CreateEnterpriseAsync(
        string creditCode, string name, string regionCode, string? union, string? industry, CancellationToken cancellationToken)
    {
        if (!CreditCode.TryParse(creditCode, out var code, out _))
        {
            return AdministrationErrors.InvalidCreditCode;
        }

        if (regions.Find(regionCode) is null)
        {
            return AdministrationErrors.UnknownRegion;
        }

        if (await db.Enterprises.AnyAsync(e => e.CreditCode == code.Value, cancellationToken))
        {
            return AdministrationErrors.EnterpriseExists;
        }

        Guid? unionId = null;
        if (union is not null)
        {
            var unit = await FindOrgUnitAsync(union, cancellationToken);
            if (!unit.Succeeded)
            {
                return unit.Error;
            }

            unionId = unit.Value.Id;
        }

        var enterprise = Enterprise.Create(Guid.CreateVersion7(), code.Value, name, regionCode, industry, unionId);
        db.Enterprises.Add(enterprise);
        audit.Record(AuditActions.EnterpriseCreated, $"enterprise:{enterprise.Id}", $"{code.Value} {name}", unionId);
        await db.SaveChangesAsync(cancellationToken);
        return enterprise;
    }

    public async Task<Result<CreatedUser>> CreateUserAsync(NewUser request, CancellationToken cancellationToken)
    {
        if (!Roles.IsKnown(request.Role))
        {
            return AdministrationErrors.UnknownRole;
        }

        var usesPassword = Roles.PasswordSignIn.Contains(request.Role);
        if (usesPassword && !PasswordRules.IsAcceptable(request.Password))
        {
            return AdministrationErrors.WeakPassword;
        }

        if (!usesPassword && request.Password is not null)
        {
            return AdministrationErrors.PasswordForMember;
        }

        if (await users.FindByNameAsync(request.UserName) is not null)
        {
            return AdministrationErrors.UserNameTaken;
        }

        var id = Guid.CreateVersion7().ToString();
        var user = new AppUser
        {
            Id = id,
            UserName = request.UserName,
            DisplayName = request.DisplayName ?? request.UserName,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
            MustChangePassword = request.MustChangePassword && usesPassword,
        };

        if (request.Org is not null)
        {
            var unit = await FindOrgUnitAsync(request.Org, cancellationToken);
            if (!unit.Succeeded)
            {
                return unit.Error;
            }

            user.OrgUnitId = unit.Value.Id;
        }

        if (request.EnterpriseCreditCode is not null)
        {
            var code = CreditCode.TryParse(request.EnterpriseCreditCode, out var parsed, out _) ? parsed.Value : request.EnterpriseCreditCode;
            var enterprise = await db.Enterprises.SingleOrDefaultAsync(e => e.CreditCode == code, cancellationToken);
            if (enterprise is null)
            {
                return AdministrationErrors.UnknownEnterprise;
            }

            user.EnterpriseId = enterprise.Id;
            user.OrgUnitId ??= enterprise.UnionId;
        }

        if (request.Phone is not null)
        {
            if (!MobilePhone.TryParse(request.Phone, out var phone, out _))
            {
                return AdministrationErrors.InvalidPhone;
            }

            user.PhoneIndex = blindIndex.Compute(BlindIndex.Purposes.Phone, phone.Value);
            if (await db.Users.AnyAsync(u => u.PhoneIndex == user.PhoneIndex, cancellationToken))
            {
                return AdministrationErrors.PhoneTaken;
            }

            user.PhoneCipher = cipher.Encrypt<AppUser>(phone.Value, nameof(AppUser.PhoneCipher), user.Id);
        }

        string? totpSecret = null;
        if (request.EnrolTotp)
        {
            totpSecret = request.TotpSecret ?? Totp.NewSecret();
            user.TotpSecretCipher = cipher.Encrypt<AppUser>(totpSecret, nameof(AppUser.TotpSecretCipher), user.Id);
        }

        if (!await roles.RoleExistsAsync(request.Role))
        {
            await roles.CreateAsync(new IdentityRole(request.Role));
        }

        audit.Record(AuditActions.UserCreated, $"user:{id}", $"{request.UserName} {request.Role}", user.OrgUnitId);
        var created = usesPassword ? await users.CreateAsync(user, request.Password!) : await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return Error.Validation("user_rejected", string.Join("；", created.Errors.Select(e => e.Description)), "user");
        }

        await users.AddToRoleAsync(user, request.Role);
        return new CreatedUser(user, totpSecret);
    }

    /// <summary>An administrator at the server binds an authenticator directly, replacing any earlier one.</summary>
    public async Task<Result<string>> EnrolTotpAsync(string userName, string? secret, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(userName);
        if (user?.PasswordHash is null)
        {
            return AdministrationErrors.UnknownStaff;
        }

        if (secret is not null && (secret.Length < 16 || !secret.All(c => c is >= 'A' and <= 'Z' or >= '2' and <= '7')))
        {
            return AdministrationErrors.InvalidTotpSecret;
        }

        secret ??= Totp.NewSecret();
        user.TotpSecretCipher = cipher.Encrypt<AppUser>(secret, nameof(AppUser.TotpSecretCipher), user.Id);
        user.PendingTotpSecretCipher = null;
        user.TotpEnrolmentTokenHash = null;
        user.TotpEnrolmentExpiresAt = null;
        user.TotpLastStep = 0;
        audit.Record(AuditActions.TotpEnrolled, $"user:{user.Id}", $"{user.UserName} cli", user.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }
}
