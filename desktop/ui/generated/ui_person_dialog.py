# Generated from forms/person_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit: edit the form.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(560, 560)
        self.person_form = QFormLayout(PersonDialog)
        self.person_form.setObjectName(u"person_form")
        self.person_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.person_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.name_label = QLabel(PersonDialog)
        self.name_label.setObjectName(u"name_label")

        self.person_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(PersonDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.person_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.gender_label = QLabel(PersonDialog)
        self.gender_label.setObjectName(u"gender_label")

        self.person_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender_combo = QComboBox(PersonDialog)
        self.gender_combo.setObjectName(u"gender_combo")

        self.person_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.gender_combo)

        self.role_label = QLabel(PersonDialog)
        self.role_label.setObjectName(u"role_label")

        self.person_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(PersonDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.person_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.position_label = QLabel(PersonDialog)
        self.position_label.setObjectName(u"position_label")

        self.person_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position_edit = QLineEdit(PersonDialog)
        self.position_edit.setObjectName(u"position_edit")

        self.person_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.position_edit)

        self.phone_label = QLabel(PersonDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.person_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(PersonDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.person_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.sensitive_group = QGroupBox(PersonDialog)
        self.sensitive_group.setObjectName(u"sensitive_group")
        self.sensitive_form = QFormLayout(self.sensitive_group)
        self.sensitive_form.setObjectName(u"sensitive_form")
        self.sensitive_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.sensitive_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.birth_year_label = QLabel(self.sensitive_group)
        self.birth_year_label.setObjectName(u"birth_year_label")

        self.sensitive_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.birth_year_label)

        self.birth_year_edit = QLineEdit(self.sensitive_group)
        self.birth_year_edit.setObjectName(u"birth_year_edit")

        self.sensitive_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.birth_year_edit)

        self.background_label = QLabel(self.sensitive_group)
        self.background_label.setObjectName(u"background_label")

        self.sensitive_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.background_label)

        self.background_edit = QPlainTextEdit(self.sensitive_group)
        self.background_edit.setObjectName(u"background_edit")
        self.background_edit.setTabChangesFocus(True)
        self.background_edit.setMaximumSize(QSize(16777215, 60))

        self.sensitive_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.background_edit)

        self.highlights_label = QLabel(self.sensitive_group)
        self.highlights_label.setObjectName(u"highlights_label")

        self.sensitive_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.highlights_label)

        self.highlights_edit = QPlainTextEdit(self.sensitive_group)
        self.highlights_edit.setObjectName(u"highlights_edit")
        self.highlights_edit.setTabChangesFocus(True)
        self.highlights_edit.setMaximumSize(QSize(16777215, 60))

        self.sensitive_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.highlights_edit)

        self.hobbies_label = QLabel(self.sensitive_group)
        self.hobbies_label.setObjectName(u"hobbies_label")

        self.sensitive_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hobbies_label)

        self.hobbies_edit = QPlainTextEdit(self.sensitive_group)
        self.hobbies_edit.setObjectName(u"hobbies_edit")
        self.hobbies_edit.setTabChangesFocus(True)
        self.hobbies_edit.setMaximumSize(QSize(16777215, 60))

        self.sensitive_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hobbies_edit)


        self.person_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.sensitive_group)

        self.notes_label = QLabel(PersonDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.person_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(PersonDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 60))

        self.person_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.button_box = QDialogButtonBox(PersonDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.person_form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.gender_label.setBuddy(self.gender_combo)
        self.role_label.setBuddy(self.role_combo)
        self.position_label.setBuddy(self.position_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.birth_year_label.setBuddy(self.birth_year_edit)
        self.background_label.setBuddy(self.background_edit)
        self.highlights_label.setBuddy(self.highlights_edit)
        self.hobbies_label.setBuddy(self.hobbies_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Key person", None))
        self.name_label.setText(QCoreApplication.translate("PersonDialog", u"Name *", None))
        self.gender_label.setText(QCoreApplication.translate("PersonDialog", u"Gender", None))
        self.role_label.setText(QCoreApplication.translate("PersonDialog", u"Role", None))
        self.position_label.setText(QCoreApplication.translate("PersonDialog", u"Position", None))
        self.phone_label.setText(QCoreApplication.translate("PersonDialog", u"Phone", None))
        self.sensitive_group.setTitle(QCoreApplication.translate("PersonDialog", u"Sensitive \u2014 left out of documents and exports unless deliberately included", None))
        self.birth_year_label.setText(QCoreApplication.translate("PersonDialog", u"Birth year or age", None))
        self.birth_year_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. 1978 or 47", None))
        self.background_label.setText(QCoreApplication.translate("PersonDialog", u"Professional background", None))
        self.highlights_label.setText(QCoreApplication.translate("PersonDialog", u"Career highlights", None))
        self.hobbies_label.setText(QCoreApplication.translate("PersonDialog", u"Hobbies and interests", None))
        self.notes_label.setText(QCoreApplication.translate("PersonDialog", u"Notes", None))
    # retranslateUi

