# Generated from forms/relationship_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit: edit the form.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QWidget)

class Ui_RelationshipDialog(object):
    def setupUi(self, RelationshipDialog):
        if not RelationshipDialog.objectName():
            RelationshipDialog.setObjectName(u"RelationshipDialog")
        RelationshipDialog.resize(420, 220)
        self.relationship_form = QFormLayout(RelationshipDialog)
        self.relationship_form.setObjectName(u"relationship_form")
        self.relationship_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.relationship_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.staff_label = QLabel(RelationshipDialog)
        self.staff_label.setObjectName(u"staff_label")

        self.relationship_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staff_label)

        self.staff_combo = QComboBox(RelationshipDialog)
        self.staff_combo.setObjectName(u"staff_combo")

        self.relationship_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.staff_combo)

        self.person_label = QLabel(RelationshipDialog)
        self.person_label.setObjectName(u"person_label")

        self.relationship_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.person_label)

        self.person_combo = QComboBox(RelationshipDialog)
        self.person_combo.setObjectName(u"person_combo")

        self.relationship_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.person_combo)

        self.strength_label = QLabel(RelationshipDialog)
        self.strength_label.setObjectName(u"strength_label")

        self.relationship_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.strength_label)

        self.strength_spin = QSpinBox(RelationshipDialog)
        self.strength_spin.setObjectName(u"strength_spin")
        self.strength_spin.setMinimum(1)
        self.strength_spin.setMaximum(5)

        self.relationship_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.strength_spin)

        self.note_label = QLabel(RelationshipDialog)
        self.note_label.setObjectName(u"note_label")

        self.relationship_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(RelationshipDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.relationship_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.button_box = QDialogButtonBox(RelationshipDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.relationship_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.button_box)

#if QT_CONFIG(shortcut)
        self.staff_label.setBuddy(self.staff_combo)
        self.person_label.setBuddy(self.person_combo)
        self.strength_label.setBuddy(self.strength_spin)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RelationshipDialog)

        QMetaObject.connectSlotsByName(RelationshipDialog)
    # setupUi

    def retranslateUi(self, RelationshipDialog):
        RelationshipDialog.setWindowTitle(QCoreApplication.translate("RelationshipDialog", u"Relationship", None))
        self.staff_label.setText(QCoreApplication.translate("RelationshipDialog", u"Our staff member", None))
        self.person_label.setText(QCoreApplication.translate("RelationshipDialog", u"Dealer's key person", None))
        self.strength_label.setText(QCoreApplication.translate("RelationshipDialog", u"Strength (1\u20135)", None))
        self.note_label.setText(QCoreApplication.translate("RelationshipDialog", u"Note", None))
    # retranslateUi

