# Generated from forms/dossier_outcome.ui by tools/build_forms.py (pyside6-uic). Do not edit: edit the form.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_DossierOutcomePage(object):
    def setupUi(self, DossierOutcomePage):
        if not DossierOutcomePage.objectName():
            DossierOutcomePage.setObjectName(u"DossierOutcomePage")
        DossierOutcomePage.resize(900, 640)
        self.outcome_layout = QVBoxLayout(DossierOutcomePage)
        self.outcome_layout.setObjectName(u"outcome_layout")
        self.outcome_standard_label = QLabel(DossierOutcomePage)
        self.outcome_standard_label.setObjectName(u"outcome_standard_label")
        self.outcome_standard_label.setWordWrap(True)

        self.outcome_layout.addWidget(self.outcome_standard_label)

        self.outcome_form = QFormLayout()
        self.outcome_form.setObjectName(u"outcome_form")
        self.outcome_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.outcome_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.result_combo_label = QLabel(DossierOutcomePage)
        self.result_combo_label.setObjectName(u"result_combo_label")

        self.outcome_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.result_combo_label)

        self.result_combo = QComboBox(DossierOutcomePage)
        self.result_combo.setObjectName(u"result_combo")

        self.outcome_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.result_combo)

        self.summary_edit_label = QLabel(DossierOutcomePage)
        self.summary_edit_label.setObjectName(u"summary_edit_label")

        self.outcome_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summary_edit_label)

        self.summary_edit = QPlainTextEdit(DossierOutcomePage)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumSize(QSize(16777215, 60))

        self.outcome_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.summary_edit)


        self.outcome_layout.addLayout(self.outcome_form)

        self.step_notes_label = QLabel(DossierOutcomePage)
        self.step_notes_label.setObjectName(u"step_notes_label")

        self.outcome_layout.addWidget(self.step_notes_label)

        self.step_notes_table = QTableWidget(DossierOutcomePage)
        self.step_notes_table.setObjectName(u"step_notes_table")
        self.step_notes_table.setAlternatingRowColors(True)

        self.outcome_layout.addWidget(self.step_notes_table)

        self.terms_label = QLabel(DossierOutcomePage)
        self.terms_label.setObjectName(u"terms_label")

        self.outcome_layout.addWidget(self.terms_label)

        self.terms_table = QTableWidget(DossierOutcomePage)
        self.terms_table.setObjectName(u"terms_table")
        self.terms_table.setAlternatingRowColors(True)
        self.terms_table.setMaximumSize(QSize(16777215, 160))

        self.outcome_layout.addWidget(self.terms_table)

        self.term_buttons = QHBoxLayout()
        self.term_buttons.setObjectName(u"term_buttons")
        self.add_term_button = QPushButton(DossierOutcomePage)
        self.add_term_button.setObjectName(u"add_term_button")

        self.term_buttons.addWidget(self.add_term_button)

        self.remove_term_button = QPushButton(DossierOutcomePage)
        self.remove_term_button.setObjectName(u"remove_term_button")

        self.term_buttons.addWidget(self.remove_term_button)

        self.term_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.term_buttons.addItem(self.term_spacer)


        self.outcome_layout.addLayout(self.term_buttons)

        self.actions_label = QLabel(DossierOutcomePage)
        self.actions_label.setObjectName(u"actions_label")

        self.outcome_layout.addWidget(self.actions_label)

        self.actions_table = QTableWidget(DossierOutcomePage)
        self.actions_table.setObjectName(u"actions_table")
        self.actions_table.setAlternatingRowColors(True)
        self.actions_table.setMaximumSize(QSize(16777215, 160))

        self.outcome_layout.addWidget(self.actions_table)

        self.action_buttons = QHBoxLayout()
        self.action_buttons.setObjectName(u"action_buttons")
        self.add_action_button = QPushButton(DossierOutcomePage)
        self.add_action_button.setObjectName(u"add_action_button")

        self.action_buttons.addWidget(self.add_action_button)

        self.remove_action_button = QPushButton(DossierOutcomePage)
        self.remove_action_button.setObjectName(u"remove_action_button")

        self.action_buttons.addWidget(self.remove_action_button)

        self.action_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_buttons.addItem(self.action_spacer)

        self.save_outcome_button = QPushButton(DossierOutcomePage)
        self.save_outcome_button.setObjectName(u"save_outcome_button")

        self.action_buttons.addWidget(self.save_outcome_button)


        self.outcome_layout.addLayout(self.action_buttons)

#if QT_CONFIG(shortcut)
        self.result_combo_label.setBuddy(self.result_combo)
        self.summary_edit_label.setBuddy(self.summary_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DossierOutcomePage)

        QMetaObject.connectSlotsByName(DossierOutcomePage)
    # setupUi

    def retranslateUi(self, DossierOutcomePage):
        DossierOutcomePage.setWindowTitle(QCoreApplication.translate("DossierOutcomePage", u"The negotiation", None))
        self.outcome_standard_label.setText("")
        self.result_combo_label.setText(QCoreApplication.translate("DossierOutcomePage", u"Result", None))
        self.summary_edit_label.setText(QCoreApplication.translate("DossierOutcomePage", u"Summary", None))
        self.step_notes_label.setText(QCoreApplication.translate("DossierOutcomePage", u"Notes per agenda step", None))
        self.terms_label.setText(QCoreApplication.translate("DossierOutcomePage", u"Agreed terms against the bottom lines", None))
        self.add_term_button.setText(QCoreApplication.translate("DossierOutcomePage", u"Add term", None))
        self.remove_term_button.setText(QCoreApplication.translate("DossierOutcomePage", u"Remove term", None))
        self.actions_label.setText(QCoreApplication.translate("DossierOutcomePage", u"Next actions", None))
        self.add_action_button.setText(QCoreApplication.translate("DossierOutcomePage", u"Add action", None))
        self.remove_action_button.setText(QCoreApplication.translate("DossierOutcomePage", u"Remove action", None))
        self.save_outcome_button.setText(QCoreApplication.translate("DossierOutcomePage", u"Save outcome", None))
    # retranslateUi

