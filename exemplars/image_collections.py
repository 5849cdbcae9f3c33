"""The two Wagtail collections that keep portraits away from everyone's image chooser.

Wagtail grants image permissions per collection. Unit officers, reviewers and the
council choose and upload photos of works only, in "Ảnh công trình"; the portraits of
honored people, made public with their consent when a decision is recorded, go to "Ảnh
chân dung điển hình", which only editors and the province office (who hold the root
collection) see. Migration ``0004_image_collections`` creates both and the permissions;
the names below find them again (a collection missing is made, with no permission but
the root's, so a renamed one fails closed).
"""

from wagtail.models import Collection

PORTRAITS = "Ảnh chân dung điển hình"
WORK_PHOTOS = "Ảnh công trình"


def image_collection(name: str) -> Collection:
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=name).first() or root.add_child(name=name)


def portrait_collection() -> Collection:
    return image_collection(PORTRAITS)


def work_photo_collection() -> Collection:
    return image_collection(WORK_PHOTOS)
