# Generated from forms/visit_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit: edit the form.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_VisitDialog(object):
    def setupUi(self, VisitDialog):
        if not VisitDialog.objectName():
            VisitDialog.setObjectName(u"VisitDialog")
        VisitDialog.resize(560, 520)
        self.visit_form = QFormLayout(VisitDialog)
        self.visit_form.setObjectName(u"visit_form")
        self.visit_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.visit_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.visited_on_label = QLabel(VisitDialog)
        self.visited_on_label.setObjectName(u"visited_on_label")

        self.visit_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.visited_on_label)

        self.visited_on_edit = QDateEdit(VisitDialog)
        self.visited_on_edit.setObjectName(u"visited_on_edit")
        self.visited_on_edit.setCalendarPopup(True)
        self.visited_on_edit.setMinimumDate(QDate(1900, 1, 1))

        self.visit_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.visited_on_edit)

        self.visitors_group = QGroupBox(VisitDialog)
        self.visitors_group.setObjectName(u"visitors_group")
        self.visitors_box = QVBoxLayout(self.visitors_group)
        self.visitors_box.setObjectName(u"visitors_box")
        self.visitors_list = QListWidget(self.visitors_group)
        self.visitors_list.setObjectName(u"visitors_list")
        self.visitors_list.setMinimumSize(QSize(0, 110))

        self.visitors_box.addWidget(self.visitors_list)


        self.visit_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.visitors_group)

        self.people_met_label = QLabel(VisitDialog)
        self.people_met_label.setObjectName(u"people_met_label")

        self.visit_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.people_met_label)

        self.people_met_edit = QLineEdit(VisitDialog)
        self.people_met_edit.setObjectName(u"people_met_edit")

        self.visit_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.people_met_edit)

        self.findings_label = QLabel(VisitDialog)
        self.findings_label.setObjectName(u"findings_label")

        self.visit_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.findings_label)

        self.findings_edit = QPlainTextEdit(VisitDialog)
        self.findings_edit.setObjectName(u"findings_edit")
        self.findings_edit.setTabChangesFocus(True)
        self.findings_edit.setMaximumSize(QSize(16777215, 110))

        self.visit_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.findings_edit)

        self.next_step_label = QLabel(VisitDialog)
        self.next_step_label.setObjectName(u"next_step_label")

        self.visit_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.next_step_label)

        self.next_step_edit = QLineEdit(VisitDialog)
        self.next_step_edit.setObjectName(u"next_step_edit")

        self.visit_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.next_step_edit)

        self.next_date_label = QLabel(VisitDialog)
        self.next_date_label.setObjectName(u"next_date_label")

        self.visit_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.next_date_label)

        self.next_date_edit = QDateEdit(VisitDialog)
        self.next_date_edit.setObjectName(u"next_date_edit")
        self.next_date_edit.setCalendarPopup(True)
        self.next_date_edit.setMinimumDate(QDate(1900, 1, 1))

        self.visit_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.next_date_edit)

        self.button_box = QDialogButtonBox(VisitDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.visit_form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.button_box)

#if QT_CONFIG(shortcut)
        self.visited_on_label.setBuddy(self.visited_on_edit)
        self.people_met_label.setBuddy(self.people_met_edit)
        self.findings_label.setBuddy(self.findings_edit)
        self.next_step_label.setBuddy(self.next_step_edit)
        self.next_date_label.setBuddy(self.next_date_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VisitDialog)

        QMetaObject.connectSlotsByName(VisitDialog)
    # setupUi

    def retranslateUi(self, VisitDialog):
        VisitDialog.setWindowTitle(QCoreApplication.translate("VisitDialog", u"Visit", None))
        self.visited_on_label.setText(QCoreApplication.translate("VisitDialog", u"Visit date *", None))
        self.visited_on_edit.setDisplayFormat(QCoreApplication.translate("VisitDialog", u"yyyy-MM-dd", None))
        self.visited_on_edit.setSpecialValueText("")
        self.visitors_group.setTitle(QCoreApplication.translate("VisitDialog", u"Our visitors", None))
        self.people_met_label.setText(QCoreApplication.translate("VisitDialog", u"People met", None))
        self.findings_label.setText(QCoreApplication.translate("VisitDialog", u"Findings", None))
        self.next_step_label.setText(QCoreApplication.translate("VisitDialog", u"Next step", None))
        self.next_date_label.setText(QCoreApplication.translate("VisitDialog", u"Next step date", None))
        self.next_date_edit.setDisplayFormat(QCoreApplication.translate("VisitDialog", u"yyyy-MM-dd", None))
        self.next_date_edit.setSpecialValueText("")
    # retranslateUi

