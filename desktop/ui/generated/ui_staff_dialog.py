# Generated from forms/staff_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit: edit the form.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget)

class Ui_StaffDialog(object):
    def setupUi(self, StaffDialog):
        if not StaffDialog.objectName():
            StaffDialog.setObjectName(u"StaffDialog")
        StaffDialog.resize(460, 320)
        self.staff_form = QFormLayout(StaffDialog)
        self.staff_form.setObjectName(u"staff_form")
        self.staff_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.staff_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.name_label = QLabel(StaffDialog)
        self.name_label.setObjectName(u"name_label")

        self.staff_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(StaffDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.staff_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.title_label = QLabel(StaffDialog)
        self.title_label.setObjectName(u"title_label")

        self.staff_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(StaffDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.staff_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.rank_label = QLabel(StaffDialog)
        self.rank_label.setObjectName(u"rank_label")

        self.staff_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rank_label)

        self.rank_combo = QComboBox(StaffDialog)
        self.rank_combo.setObjectName(u"rank_combo")

        self.staff_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rank_combo)

        self.line_label = QLabel(StaffDialog)
        self.line_label.setObjectName(u"line_label")

        self.staff_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.line_label)

        self.line_combo = QComboBox(StaffDialog)
        self.line_combo.setObjectName(u"line_combo")

        self.staff_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.line_combo)

        self.phone_label = QLabel(StaffDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.staff_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(StaffDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.staff_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.archived_check = QCheckBox(StaffDialog)
        self.archived_check.setObjectName(u"archived_check")

        self.staff_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.archived_check)

        self.audit_label = QLabel(StaffDialog)
        self.audit_label.setObjectName(u"audit_label")

        self.staff_form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.audit_label)

        self.button_box = QDialogButtonBox(StaffDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.staff_form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.title_label.setBuddy(self.title_edit)
        self.rank_label.setBuddy(self.rank_combo)
        self.line_label.setBuddy(self.line_combo)
        self.phone_label.setBuddy(self.phone_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffDialog)

        QMetaObject.connectSlotsByName(StaffDialog)
    # setupUi

    def retranslateUi(self, StaffDialog):
        StaffDialog.setWindowTitle(QCoreApplication.translate("StaffDialog", u"Staff member", None))
        self.name_label.setText(QCoreApplication.translate("StaffDialog", u"Name *", None))
        self.title_label.setText(QCoreApplication.translate("StaffDialog", u"Title", None))
        self.rank_label.setText(QCoreApplication.translate("StaffDialog", u"Rank", None))
        self.line_label.setText(QCoreApplication.translate("StaffDialog", u"Line", None))
        self.phone_label.setText(QCoreApplication.translate("StaffDialog", u"Phone", None))
        self.archived_check.setText(QCoreApplication.translate("StaffDialog", u"Archived (no longer active)", None))
        self.audit_label.setText("")
    # retranslateUi

