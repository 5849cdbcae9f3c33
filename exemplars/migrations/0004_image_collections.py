"""Portraits of honored people leave the shared image library (see exemplars/image_collections.py).

Creates the collections "Ảnh công trình" and "Ảnh chân dung điển hình" under the root,
moves the works' photos and the exemplars' portraits into them, and narrows the image
permissions of unit officers, reviewers and the council from the root collection (which
covers every collection below it) to the works' photos. Editors and the province office
keep theirs on the root, so they alone see the portraits.
"""

from django.db import migrations

PORTRAITS = "Ảnh chân dung điển hình"
WORK_PHOTOS = "Ảnh công trình"
NARROWED_GROUPS = ("Cán bộ đơn vị", "Thường trực đơn vị", "Hội đồng thi đua – khen thưởng")
IMAGE_PERMISSIONS = ("add_image", "choose_image")
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's, 4 characters a level


def child_collection(Collection, root, name):
    existing = Collection.objects.filter(depth=root.depth + 1, path__startswith=root.path, name=name).first()
    if existing is not None:
        return existing
    last = (
        Collection.objects.filter(depth=root.depth + 1, path__startswith=root.path)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    number = int(last[-4:], 36) + 1 if last else 1
    step = ""
    while number:
        number, digit = divmod(number, 36)
        step = ALPHABET[digit] + step
    collection = Collection.objects.create(
        name=name, path=root.path + step.rjust(4, "0"), depth=root.depth + 1, numchild=0
    )
    root.numchild += 1
    root.save(update_fields=["numchild"])
    return collection


def forwards(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Permission = apps.get_model("auth", "Permission")
    Image = apps.get_model("wagtailimages", "Image")
    Exemplar = apps.get_model("exemplars", "Exemplar")
    Work = apps.get_model("exemplars", "Work")
    WorkPhoto = apps.get_model("exemplars", "WorkPhoto")

    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    works = child_collection(Collection, root, WORK_PHOTOS)
    portraits = child_collection(Collection, root, PORTRAITS)

    work_images = set(Work.objects.exclude(main_image=None).values_list("main_image_id", flat=True))
    work_images |= set(WorkPhoto.objects.values_list("image_id", flat=True))
    Image.objects.filter(pk__in=work_images, collection=root).update(collection=works)
    portrait_images = Exemplar.objects.exclude(photo=None).values_list("photo_id", flat=True)
    Image.objects.filter(pk__in=list(portrait_images)).update(collection=portraits)

    permissions = Permission.objects.filter(content_type__app_label="wagtailimages", codename__in=IMAGE_PERMISSIONS)
    for grant in GroupCollectionPermission.objects.filter(
        group__name__in=NARROWED_GROUPS, collection=root, permission__in=permissions
    ):
        GroupCollectionPermission.objects.get_or_create(
            group_id=grant.group_id, collection=works, permission_id=grant.permission_id
        )
        grant.delete()


def backwards(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Image = apps.get_model("wagtailimages", "Image")

    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for name in (WORK_PHOTOS, PORTRAITS):
        collection = Collection.objects.filter(depth=2, name=name).first()
        if collection is None:
            continue
        Image.objects.filter(collection=collection).update(collection=root)
        for grant in GroupCollectionPermission.objects.filter(collection=collection):
            GroupCollectionPermission.objects.get_or_create(
                group_id=grant.group_id, collection=root, permission_id=grant.permission_id
            )
        GroupCollectionPermission.objects.filter(collection=collection).delete()
        collection.delete()
        root.numchild = max(root.numchild - 1, 0)
    root.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("exemplars", "0003_nominations"),
        ("intranet", "0002_role_groups"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
